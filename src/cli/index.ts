console.log('galley');
