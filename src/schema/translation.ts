/**
 * Translations of a notice: an optional block per language (`translations: { en: … }`),
 * shaped like the text fields of the original and nothing else. What is never
 * translated has no place here, so a translation cannot show another number: phone
 * numbers, e-mail and web addresses, dates, document numbers, people's names, the place
 * name and the weekly schedule all come from the original (src/model/translation.ts and
 * the kind's `translate` merge the two). The languages a site offers are listed in content/site.yaml.
 *
 * The block is the frame's texts (here) around the texts of the notice's kind
 * (src/kinds/<kind>/translation.ts: its shape, its checks against the original and the
 * merge that puts its texts in place).
 *
 * The official notice is the Vietnamese one, so a translation that is behind never holds
 * up a change of the original: where it does not match the original (a person added, a
 * paragraph more, a section the translation lacks), that part is shown in Vietnamese,
 * marked as not yet translated, and staff get a warning, never a refusal (`Merge`: the
 * merge and its warnings are one code; `translateFrame` here, the kind's `translate` there,
 * collected by src/schema/notice.ts `translateNotice`). Nothing is ever paired by a position that
 * can shift: a list of people or numbers to call is keyed by the Vietnamese text each
 * entry translates (`of`, as gettext keys a translation by its msgid: `pairByOf`); a list
 * of texts (paragraphs, recipients, responsibilities) is taken only when it has as many
 * items as the original (`sameCount`), and otherwise falls back to Vietnamese whole.
 * Messages are in Vietnamese, for staff.
 */
import { z } from 'zod';
import { paragraph, text } from './fields.ts';

/** A language code as BCP 47 writes it ("en", "ja", "zh-Hant"); the site lists the ones it offers. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

export const languageCode = z
  .string()
  .regex(LANGUAGE_CODE, {
    message: 'Mã ngôn ngữ viết bằng chữ thường theo ISO 639-1, ví dụ en (tiếng Anh), ko (tiếng Hàn), ja (tiếng Nhật), zh (tiếng Trung).',
  })
  .refine((code) => code !== 'vi', { message: 'Tiếng Việt là bản gốc, không phải bản dịch. Hãy xóa mục "vi" này; bản dịch chỉ dành cho ngôn ngữ khác.' })
  .meta({ title: 'Mã ngôn ngữ' });

/** A translated section heading. */
export const translatedHeading = () => text('Tiêu đề mục', 'Dịch tiêu đề mục, không ghi số thứ tự.');

/** The frame's texts in a translation, before the kind's (issuer, subject) and after them (closing, recipients, signer). */
const translationHead = {
  reviewed: z
    .boolean({ error: 'Ghi reviewed: true khi Sở đã duyệt bản dịch, reviewed: false khi chưa duyệt (viết đúng true hoặc false, không có dấu nháy).' })
    .meta({
      title: 'Sở đã duyệt bản dịch',
      description: 'true khi Sở đã duyệt bản dịch; false khi chưa. Khi chưa duyệt, trang web nói rõ điều đó với người đọc.',
    }),
  issuer: z
    .strictObject({
      parent: text('Cơ quan chủ quản', 'Ví dụ: PEOPLE’S COMMITTEE OF HAI PHONG CITY'),
      name: text('Tên cơ quan ban hành', 'Ví dụ: DEPARTMENT OF FOREIGN AFFAIRS'),
      fullName: text('Tên đầy đủ của cơ quan', 'Ví dụ: Department of Foreign Affairs of Hai Phong City'),
    })
    .meta({ title: 'Cơ quan ban hành' }),
  subject: paragraph('Trích yếu nội dung'),
};

const translationFoot = {
  closing: paragraph('Câu kết'),
  recipients: z
    .array(text('Nơi nhận'))
    .max(50)
    .meta({ title: 'Nơi nhận', description: 'Đúng số dòng và thứ tự như bản gốc; khác số dòng thì trang dịch hiện nơi nhận bằng tiếng Việt.' }),
  signer: z
    .strictObject({
      onBehalfOf: text('Chức vụ người đứng đầu').optional(),
      post: text('Chức vụ người ký', 'Ví dụ: DIRECTOR'),
    })
    .meta({ title: 'Người ký', description: 'Chỉ dịch chức vụ; họ tên người ký lấy từ bản gốc.' }),
};

/**
 * A notice's translation block for a kind whose texts in translation are `body`
 * (src/kinds/<kind>/translation.ts), in the order a file writes them.
 */
export function noticeTranslation<B extends z.ZodRawShape>(body: B) {
  return z
    .strictObject({ ...translationHead, ...body, ...translationFoot })
    .meta({
      title: 'Bản dịch',
      description: 'Bản dịch không chính thức sang một ngôn ngữ, cùng cấu trúc với bản gốc. Số điện thoại, địa chỉ web, ngày tháng và họ tên lấy từ bản gốc.',
    });
}

/** A translation block as every kind has it: the frame's texts (the kind's own are typed by the kind). */
export type NoticeTranslation = z.infer<ReturnType<typeof noticeTranslation<{}>>> & Record<string, unknown>;

/** The `translations` field of a kind whose translation block is `block`: one block per language. */
export function translationsOf(block: z.ZodType) {
  return z
    .record(languageCode, block)
    .optional()
    .meta({
      title: 'Các bản dịch',
      description: 'Không bắt buộc. Mỗi ngôn ngữ một mục (en: tiếng Anh); ngôn ngữ phải có trong content/site.yaml. Hướng dẫn: docs/huong-dan-bien-tap.md, mục 10.',
    });
}

/** A problem of a translation, at a path from the notice's root (`translations.en.opening`). */
export type Issue = {
  path: (string | number)[];
  message: string;
  /** For a warning about an item of the original the translation lacks: that item's own field (`hotlines.contacts.2.post`), where the staff form also shows it. */
  origin?: (string | number)[];
};

/** "1 đoạn", "2 người trực". */
export const count = (n: number, what: string) => `${n} ${what}`;

const languageNames = new Intl.DisplayNames(['vi'], { type: 'language', fallback: 'none' });
/** "tiếng Anh": a language code as staff read it; a code Intl does not know is shown as written. */
export function languageName(code: string): string {
  let name: string | undefined;
  try {
    if (LANGUAGE_CODE.test(code)) name = languageNames.of(code);
  } catch {
    // not a well-formed code: the schema says so; the label shows the code as written
  }
  return name && name.toLowerCase() !== code.toLowerCase() ? name.charAt(0).toLowerCase() + name.slice(1) : `"${code}"`;
}

/** "bản dịch tiếng Anh (en)", as warnings name a translation. */
export const translationName = (lang: string) => `bản dịch ${languageName(lang)} (${lang})`;

/**
 * One translation being put in place: the Vietnamese texts the translated notice shows
 * because its translation has none for them (or none that can be paired safely), which the
 * page marks lang="vi" with a note "(not yet translated)", and the warnings that say so to
 * staff. The merge and the warnings are the same code, so what staff are warned about is
 * exactly what the page falls back on.
 */
export class Merge {
  readonly untranslated = new Set<string>();
  readonly warnings: Issue[] = [];
  readonly lang: string;
  constructor(lang: string) {
    this.lang = lang;
  }
  /** A path from the notice's root into this translation block. */
  at(...path: (string | number)[]): (string | number)[] {
    return ['translations', this.lang, ...path];
  }
  warn(path: (string | number)[], message: string, origin?: (string | number)[]): void {
    this.warnings.push({ path, message, ...(origin ? { origin } : {}) });
  }
  /** The original's text, shown untranslated. */
  keep<S extends string | undefined>(text: S): S {
    if (text) this.untranslated.add(text);
    return text;
  }
  /** A value of the original shown whole in Vietnamese (a section): every text in it, except under the keys `skip` (not translated anyway: names, addresses). */
  keepAll<V>(value: V, skip: readonly string[] = []): V {
    const walk = (v: unknown, key?: string) => {
      if (typeof v === 'string') {
        if (!key || !skip.includes(key)) this.keep(v);
      } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk(value);
    return value;
  }
}

/** A translation put in place: the notice in that language, and what is left in Vietnamese and why. */
export interface Translated<N> {
  notice: N;
  /** The Vietnamese texts shown untranslated. */
  untranslated: ReadonlySet<string>;
  /** For staff: each part not translated (or not shown) and how to fill it in. Never a refusal. */
  warnings: Issue[];
}

/**
 * A list of texts the translation must have as many items of as the original, in the same
 * order (paragraphs, recipients, responsibilities): true when it has; otherwise a warning,
 * and the caller shows the original's list whole in Vietnamese.
 */
export function sameCount(m: Merge, path: (string | number)[], translated: readonly unknown[], original: readonly unknown[], what: string): boolean {
  if (translated.length === original.length) return true;
  m.warn(
    m.at(...path),
    `Bản dịch có ${count(translated.length, what)}, bản gốc có ${count(original.length, what)}: trang ${translationName(m.lang)} hiện cả danh sách này bằng tiếng Việt (ghi rõ "chưa dịch") cho đến khi bản dịch có đúng ${original.length} mục, cùng thứ tự như bản gốc.`,
  );
  return false;
}

/**
 * A section the original has and the translation lacks (the caller shows it in Vietnamese),
 * or the other way round (not shown): a warning either way; true when both have it.
 */
export function samePresence(m: Merge, path: (string | number)[], inOriginal: boolean, inTranslation: boolean, name: string, fields: string): boolean {
  if (inOriginal === inTranslation) return inOriginal;
  const key = String(path[path.length - 1]);
  m.warn(
    m.at(...path),
    inOriginal
      ? `Bản gốc có ${name} mà ${translationName(m.lang)} chưa có: trang dịch hiện phần này bằng tiếng Việt (ghi rõ "chưa dịch"). Hãy thêm "${key}:" vào bản dịch với các trường ${fields}.`
      : `Bản gốc không có ${name}, nên phần này của bản dịch không được đăng. Hãy xóa "${key}:" cùng các dòng con của nó khỏi bản dịch.`,
  );
  return false;
}

/** An entry of a keyed list: the Vietnamese text it translates (`of`), and its texts. */
export type Keyed = { of: string };

/** The `of` field of a keyed list's entry. */
export const ofField = (title: string, example: string) =>
  text(title, `Chép nguyên văn chữ tiếng Việt của bản gốc mà mục này dịch, ví dụ ${example}. Bản dịch ghép với bản gốc theo chữ này, không theo thứ tự, nên thêm, bớt hay đổi chỗ trong bản gốc không làm lệch bản dịch.`);

/**
 * A keyed list of the translation paired with the original's items by the Vietnamese text
 * each entry names in `of` (gettext's msgid): removing, adding or reordering items of the
 * original never gives one item another's translation. Returns, for each item of the
 * original (by its field `key`), its entry, or undefined (then shown in Vietnamese, with a
 * warning naming the item, which the staff form also shows at the item's own field); an entry whose `of` names no item any more is stale (a warning; not shown), a
 * second entry for the same text is ignored (a warning). Two items with the same text
 * share one entry, which is right: they say the same thing.
 */
export function pairByOf<K extends string, T extends Keyed, O extends Record<K, string>>(
  m: Merge,
  path: (string | number)[],
  translated: readonly T[],
  original: readonly O[],
  key: K,
  describe: (o: O, i: number) => string,
): (T | undefined)[] {
  const source = (o: O): string => o[key];
  const byOf = new Map<string, T>();
  const wanted = new Set<string>(original.map(source));
  translated.forEach((entry, j) => {
    if (byOf.has(entry.of)) {
      m.warn(m.at(...path, j, 'of'), `${translationName(m.lang)} đã có một mục of: "${entry.of}" ở trên; mục này bị bỏ qua. Hãy xóa một trong hai mục.`);
      return;
    }
    byOf.set(entry.of, entry);
    if (!wanted.has(entry.of)) {
      m.warn(
        m.at(...path, j, 'of'),
        `Mục dịch này dành cho "${entry.of}", nhưng bản gốc không còn mục nào như vậy, nên nó không được đăng. Nếu bản gốc đã sửa chữ đó, hãy chép lại nguyên văn chữ mới vào "of"; nếu mục đó đã bỏ, hãy xóa mục dịch này.`,
      );
    }
  });
  return original.map((o, i) => {
    const entry = byOf.get(source(o));
    if (!entry) {
      m.warn(
        m.at(...path),
        `${describe(o, i)} chưa có trong ${translationName(m.lang)}: trang dịch hiện "${source(o)}" bằng tiếng Việt (ghi rõ "chưa dịch"). Hãy thêm vào bản dịch một mục với of: "${source(o)}" (chép nguyên văn) và bản dịch của nó.`,
        [...path, i, key],
      );
    }
    return entry;
  });
}

/** The opening paragraphs in translation (src/schema/parts.ts `opening`): only their texts. */
export const openingTranslation = z
  .array(
    z
      .strictObject({ text: paragraph('Nội dung đoạn văn', 'Số hiệu văn bản được viện dẫn chép nguyên như bản gốc, ví dụ 1413/QĐ-UBND.') })
      .meta({ title: 'Đoạn mở đầu' }),
  )
  .max(20)
  .meta({ title: 'Các đoạn mở đầu', description: 'Đúng số đoạn và thứ tự như bản gốc; khác số đoạn thì trang dịch hiện các đoạn này bằng tiếng Việt.' });

type Opening = { text: string; cites?: { number: string }[] }[];

/**
 * The original's opening with the translation's texts in place (the cited documents stay
 * the original's), when it has as many paragraphs and each copies the numbers its
 * paragraph cites; otherwise the original's paragraphs, in Vietnamese.
 */
export function translateOpening<P extends Opening[number]>(m: Merge, original: P[], translated: { text: string }[]): P[] {
  // The original's paragraphs; only their texts are shown (the cited documents are data).
  const vietnamese = () => (original.forEach((p) => m.keep(p.text)), original);
  if (!sameCount(m, ['opening'], translated, original, 'đoạn mở đầu')) return vietnamese();
  let cited = true;
  translated.forEach((p, i) => {
    for (const c of original[i]?.cites ?? []) {
      if (p.text.includes(c.number)) continue;
      cited = false;
      m.warn(
        m.at('opening', i, 'text'),
        `Đoạn dịch thiếu số hiệu "${c.number}" mà đoạn gốc viện dẫn, nên trang dịch hiện các đoạn mở đầu bằng tiếng Việt. Số hiệu văn bản không dịch: hãy chép nguyên "${c.number}" vào đoạn dịch.`,
      );
    }
  });
  if (!cited) return vietnamese();
  return original.map((p, i) => ({ ...p, text: translated[i]!.text }));
}

/** What the frame needs of the original. */
interface FrameOriginal {
  recipients: string[];
  signer: { onBehalfOf?: string; post: string };
}

/**
 * The frame's texts of the translation put in place (the kind's are put by the kind): the
 * recipients when there are as many, the post of the head on whose behalf the signer signs
 * when both have it.
 */
export function translateFrame(m: Merge, original: FrameOriginal, tr: NoticeTranslation): { recipients: string[]; onBehalfOf?: string } {
  const recipients = sameCount(m, ['recipients'], tr.recipients, original.recipients, 'nơi nhận') ? tr.recipients : m.keepAll(original.recipients);
  const onBehalfOf = original.signer.onBehalfOf;
  if (onBehalfOf === undefined) {
    if (tr.signer.onBehalfOf !== undefined) m.warn(m.at('signer', 'onBehalfOf'), 'Bản gốc không có "onBehalfOf", nên dòng này của bản dịch không được đăng. Hãy xóa dòng này.');
    return { recipients };
  }
  if (tr.signer.onBehalfOf === undefined) {
    m.warn(m.at('signer'), `Bản gốc ký thay, ký thừa lệnh… (có "onBehalfOf") mà ${translationName(m.lang)} chưa có: trang dịch hiện chức vụ người đứng đầu bằng tiếng Việt. Hãy thêm "onBehalfOf:" với chức vụ đã dịch.`);
    return { recipients, onBehalfOf: m.keep(onBehalfOf) };
  }
  return { recipients, onBehalfOf: tr.signer.onBehalfOf };
}
