// An author printed as a name alone (`郑言`, `□ 王力`): commentaries and features credit their
// writer with no role word before the name. A line that is only a name looks like a short
// headline, so the evidence is the name's shape: two or three Han characters (a compound
// surname may make four), opened by a common surname that the word segmenter leaves standing
// alone. Words that open with a surname character (`文化`, `黄河`, `金融`) are dictionary
// words the segmenter keeps whole; a personal name is not in its dictionary.

import { codeTable } from './script';

// The common surnames (they cover the great majority of people): a name opens with one. Rare
// ones that open everyday words of labels and headlines (`时`, `党`, `全`) are left out.
const SURNAME = codeTable(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛翁冉骆蓝辛靳管柴鲍华喻祁蒲房滕屈饶牟艾尤缪芦麦褚娄窦戚岑景卜晏席米柏瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟邝',
);
// Two-character surnames: a name opened by one may run to four characters.
const COMPOUND = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|申屠)/u;

// An optional box drawn before the name, then one or two names parted by spaces.
const NAME_LINE = /^(?:[□■◇◆●○][ \u3000]*)?(\p{Script=Han}{2,4})(?:[ \u3000]+(\p{Script=Han}{2,4}))?$/u;

// Place and office words close a place's name (`王村`, `石桥镇`, `郭庄`), never a person's.
const PLACE_END = codeTable('镇村庄乡屯营寨堡铺集店桥湖山河江街路区县市省州沟坡湾岭园港站所局委办院厅队');

let segmenter: Intl.Segmenter | undefined;

/** Whether `word` (Han characters only) is shaped as a personal name. */
function nameShaped(word: string): boolean {
  const compound = COMPOUND.test(word);
  if (word.length === 4 && !compound) return false;
  if (compound) return word.length >= 3 && !PLACE_END.has(word.charCodeAt(word.length - 1));
  if (!SURNAME.has(word.charCodeAt(0)) || PLACE_END.has(word.charCodeAt(word.length - 1))) return false;
  // A dictionary word opening with a surname's character (`文化`, `金融`) is no name.
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const first = segmenter.segment(word).containing(0);
  return first !== undefined && first.segment.length === 1;
}

/** Whether a line is an author's name alone (one or two names, maybe after a box: `□ 王力`). */
export function isPersonNameLine(text: string): boolean {
  const m = NAME_LINE.exec(text);
  if (!m) return false;
  return nameShaped(m[1]) && (m[2] === undefined || nameShaped(m[2]));
}
