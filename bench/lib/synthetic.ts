/**
 * Synthetic notices for the benchmark: the seed notice's shape with varied, clearly fake
 * text ("DỮ LIỆU GIẢ LẬP" in every subject, invented names, numbers that are valid but
 * belong to nobody in particular). Deterministic: notice i is the same on every run, so
 * two benchmark runs build the same site.
 *
 * The text varies from notice to notice (words drawn from the seed's own vocabulary), so
 * Pagefind indexes real work rather than 1000 copies of one page.
 */
import { stringify } from 'yaml';
import type { HotlineFile as Notice } from '../../src/kinds/hotline/index.ts';
import { isValidDisplayPhone } from '../../src/lib/phone.ts';

/** mulberry32: a tiny seeded PRNG; good enough for varied text, and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Quang', 'Hữu', 'Ngọc', 'Thanh', 'Đức', 'Hải'];
const GIVEN = ['An', 'Bình', 'Châu', 'Dũng', 'Giang', 'Hà', 'Khánh', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quyên', 'Sơn', 'Tâm', 'Uyên', 'Vinh', 'Yến'];
const POSTS = [
  'Chánh Văn phòng (giả lập)',
  'Phó Trưởng phòng Lãnh sự (giả lập)',
  'Chuyên viên phòng Hợp tác quốc tế (giả lập)',
  'Trưởng phòng Thanh tra (giả lập)',
];
const UNITS = ['Văn phòng Sở', 'Phòng Lãnh sự', 'Phòng Hợp tác quốc tế', 'Thanh tra Sở', 'Tổ tiếp nhận giả lập'];
/** Mobile prefixes in use in Viet Nam; each number is still checked with libphonenumber. */
const MOBILE = ['090', '091', '093', '094', '096', '097', '098', '086', '088', '089', '070', '077', '083', '085'];

/** Every word of the seed notice's text: the vocabulary the fake sentences are drawn from. */
export function vocabulary(seed: Notice): string[] {
  const words = new Set<string>();
  for (const s of textsOf(seed)) {
    for (const w of s.split(/\s+/)) {
      const clean = w.replace(/[.,;:“”"()!?/]+/g, '');
      if (clean && !/\d/.test(clean)) words.add(clean.toLowerCase());
    }
  }
  return [...words].sort();
}

function sentence(r: () => number, vocab: string[], words: number): string {
  const ws = Array.from({ length: words }, () => pick(r, vocab));
  const s = ws.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function paragraph(r: () => number, vocab: string[], sentences: number): string {
  return Array.from({ length: sentences }, () => `${sentence(r, vocab, 10 + Math.floor(r() * 14))}.`).join(' ');
}

function fakeName(r: () => number): string {
  return `${pick(r, FAMILY)} ${pick(r, MIDDLE)} ${pick(r, GIVEN)}`;
}

/** A mobile number printed as staff print it ("0934.336.639"), valid per libphonenumber. */
export function fakePhone(r: () => number): string {
  for (;;) {
    const d = pick(r, MOBILE) + String(Math.floor(r() * 1e7)).padStart(7, '0');
    const display = `${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`;
    if (isValidDisplayPhone(display)) return display;
  }
}

/** An issuing body of a city portal: who issues, its notices' symbol and who signs. */
export interface IssuingBody {
  issuer: Notice['issuer'];
  /** The notices' symbol, "TB-STP". */
  symbol: string;
  /** The signer's post, "GIÁM ĐỐC". */
  signerPost: string;
}

/** The city's departments (Sở) and offices, as a city portal lists them; each has its own symbol. */
const DEPARTMENTS: readonly [name: string, code: string, signer: string][] = [
  ['Sở Ngoại vụ', 'NV', 'GIÁM ĐỐC'],
  ['Sở Tư pháp', 'STP', 'GIÁM ĐỐC'],
  ['Sở Y tế', 'SYT', 'GIÁM ĐỐC'],
  ['Sở Tài chính', 'STC', 'GIÁM ĐỐC'],
  ['Sở Nội vụ', 'SNV', 'GIÁM ĐỐC'],
  ['Sở Xây dựng', 'SXD', 'GIÁM ĐỐC'],
  ['Sở Công Thương', 'SCT', 'GIÁM ĐỐC'],
  ['Sở Giáo dục và Đào tạo', 'SGDĐT', 'GIÁM ĐỐC'],
  ['Sở Khoa học và Công nghệ', 'SKHCN', 'GIÁM ĐỐC'],
  ['Sở Nông nghiệp và Môi trường', 'SNNMT', 'GIÁM ĐỐC'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL', 'GIÁM ĐỐC'],
  ['Thanh tra thành phố', 'TTR', 'CHÁNH THANH TRA'],
];
/** Syllables of invented ward and commune names: every pair is one name (24 × 12 = 288). */
const PLACE_FIRST = ['An', 'Bình', 'Cát', 'Đông', 'Gia', 'Hòa', 'Hồng', 'Kiến', 'Lạc', 'Minh', 'Nam', 'Ngọc', 'Phú', 'Quang', 'Tân', 'Thạch', 'Thanh', 'Thiên', 'Thủy', 'Tiên', 'Trung', 'Vĩnh', 'Xuân', 'Yên'];
const PLACE_SECOND = ['Bảo', 'Hải', 'Hưng', 'Lâm', 'Lợi', 'Long', 'Phong', 'Sơn', 'Thành', 'Thịnh', 'Tiến', 'Vinh'];
/** How many distinct bodies issuingBody() can give. */
export const MAX_BODIES = DEPARTMENTS.length + PLACE_FIRST.length * PLACE_SECOND.length;

/**
 * Issuing body `k` (0-based) of a city portal: the 12 departments and offices first, then
 * invented wards and communes ("(giả lập)": a real commune may share a generated name). Pure:
 * body k is the same on every run, and k < MAX_BODIES gives MAX_BODIES distinct bodies.
 */
export function issuingBody(k: number): IssuingBody {
  if (!Number.isInteger(k) || k < 0 || k >= MAX_BODIES) throw new RangeError(`issuing body ${k}: 0 ≤ k < ${MAX_BODIES}`);
  const parent = 'UBND THÀNH PHỐ HẢI PHÒNG';
  if (k < DEPARTMENTS.length) {
    const [name, code, signerPost] = DEPARTMENTS[k]!;
    return { issuer: { parent, name: name.toUpperCase(), fullName: `${name} thành phố Hải Phòng (giả lập)` }, symbol: `TB-${code}`, signerPost };
  }
  const c = k - DEPARTMENTS.length;
  const place = `${PLACE_FIRST[c % PLACE_FIRST.length]} ${PLACE_SECOND[Math.floor(c / PLACE_FIRST.length)]}`;
  const level = c % 2 ? 'xã' : 'phường';
  return {
    issuer: { parent, name: `UBND ${level} ${place}`.toUpperCase(), fullName: `Ủy ban nhân dân ${level} ${place} (giả lập)` },
    symbol: 'TB-UBND',
    signerPost: 'CHỦ TỊCH',
  };
}

/** How syntheticNotice() varies beyond its number. */
export interface SyntheticOptions {
  /**
   * Spread the notices over this many issuing bodies (issuingBody(): notice i is body
   * (i − 1) mod bodies's, numbered in that body's own series). Unset: every notice is the
   * seed's body's, as `npm run bench` has always built them.
   */
  bodies?: number;
}

/** Synthetic notice number `i` (1-based), shaped like the seed. */
export function syntheticNotice(seed: Notice, i: number, vocab = vocabulary(seed), options: SyntheticOptions = {}): Notice {
  const r = rng(i * 7919 + 1);
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  const pad = (x: number) => String(x).padStart(2, '0');
  const decision = `${100 + (i % 9000)}/QĐ-UBND`;
  const unit = pick(r, UNITS);
  // No translation: its structure would have to follow each synthetic notice's (the
  // English pages are still built, as for any notice without one).
  const { translations: _translations, ...original } = seed;
  // Takes nothing from `r`: without `bodies`, the notices of `npm run bench` are byte for byte what they were.
  const body = options.bodies ? issuingBody((i - 1) % options.bodies) : null;
  const notice: Notice = {
    ...original,
    number: { sequence: 1 + (i % 99999), symbol: 'TB-NV' },
    date: `2026-${pad(month)}-${pad(day)}`,
    subject: `DỮ LIỆU GIẢ LẬP số ${i}: ${sentence(r, vocab, 14)}`,
    opening: [
      {
        text: `Thực hiện Quyết định số ${decision} ngày 10/4/2026 (giả lập). ${paragraph(r, vocab, 3)}`,
        cites: [{ type: 'Quyết định', number: decision, date: '2026-04-10', issuer: 'Ủy ban nhân dân thành phố (giả lập)' }],
      },
      { text: paragraph(r, vocab, 4) },
    ],
    hotlines: {
      heading: seed.hotlines.heading,
      contacts: Array.from({ length: 1 + Math.floor(r() * 3) }, () => ({
        honorific: pick(r, ['Ông', 'Bà'] as const),
        name: fakeName(r),
        post: pick(r, POSTS),
        phone: fakePhone(r),
      })),
    },
    facebook: seed.facebook && { ...seed.facebook, name: `Trang giả lập ${i}` },
    hours: { heading: seed.hours.heading, text: paragraph(r, vocab, 1) },
    address: { heading: seed.address.heading, text: `Số ${1 + (i % 300)} phố Giả Lập, Phường Hồng Bàng, Thành phố Hải Phòng.` },
    responsibilities: {
      heading: 'Trách nhiệm thực hiện',
      items: [
        { who: unit, text: `${unit} có trách nhiệm: ${paragraph(r, vocab, 2)}`, items: [paragraph(r, vocab, 2), paragraph(r, vocab, 1)] },
        { who: 'Các phòng chuyên môn', text: `Các phòng chuyên môn ${paragraph(r, vocab, 3)}` },
      ],
    },
    closing: `${paragraph(r, vocab, 1)}/.`,
    signer: { post: 'GIÁM ĐỐC', name: `${fakeName(r)} (giả lập)` },
  };
  if (!body) return notice;
  return {
    ...notice,
    issuer: body.issuer,
    // Each body numbers its own notices: the k-th notice of a body is number k.
    number: { sequence: 1 + Math.floor((i - 1) / options.bodies!), symbol: body.symbol },
    signer: { ...notice.signer, post: body.signerPost },
  };
}

export function syntheticSlug(i: number): string {
  return `gia-lap-${String(i).padStart(5, '0')}`;
}

export function toYaml(n: Notice): string {
  return `# DỮ LIỆU GIẢ LẬP cho benchmark: không phải thông báo thật.\n${stringify(n, { lineWidth: 100 })}`;
}

/** Every text of a notice in document order: what a reader reads, without the markup. */
export function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

/**
 * An English translation of synthetic notice `n` (number `i`), shaped like it (the same
 * paragraphs, items and recipients; a post for each of its people's posts), so that nothing falls back to Vietnamese with the seed's
 * English words: the English pages and PDFs are then those of a translated notice.
 */
export function syntheticTranslation(seed: Notice, n: Notice, i: number): NonNullable<Notice['translations']>[string] {
  const en = seed.translations?.en;
  if (!en) throw new Error('the seed has no English translation to shape the synthetic ones on');
  const cited = n.opening[0]?.cites?.[0]?.number ?? '';
  const posts = en.hotlines.contacts.map((c) => c.post);
  const words = (k: number) => en.opening.map((o) => o.text).join(' ').split(/\s+/).slice(k * 7, k * 7 + 40).join(' ');
  return {
    ...en,
    subject: `SYNTHETIC DATA no. ${i}: ${en.subject}`,
    opening: n.opening.map((_, k) => ({ text: k === 0 ? `In implementation of Decision No. ${cited} (synthetic). ${words(i % 5)}` : words((i + k) % 7) })),
    // One entry per Vietnamese post (`of`), as the translation pairs them.
    hotlines: { ...en.hotlines, contacts: [...new Set(n.hotlines.contacts.map((c) => c.post))].map((of, k) => ({ of, post: posts[k % posts.length]! })) },
    address: { ...en.address, text: `No. ${1 + (i % 300)} Synthetic Street, Hồng Bàng Ward, Hải Phòng City.` },
    responsibilities: n.responsibilities && {
      heading: en.responsibilities?.heading ?? 'Responsibilities',
      items: n.responsibilities.items.map((item, k) => ({
        who: `Unit ${k + 1} (synthetic)`,
        text: `Unit ${k + 1} (synthetic) shall: ${words((i + 2 * k) % 9)}`,
        ...(item.items ? { items: item.items.map((_, m) => words((i + m) % 11)) } : {}),
      })),
    },
    recipients: n.recipients.map((_, k) => en.recipients[k % en.recipients.length]!),
  };
}
