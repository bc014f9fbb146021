/**
 * Splitting an address as the notice prints it ("Số 15 Trần Quang Khải, Phường Hồng Bàng,
 * Thành phố Hải Phòng.") into the parts vCard ADR and schema.org PostalAddress want.
 *
 * Vietnam has two administrative levels since 1 July 2025: the province or centrally run
 * city ("Thành phố Hải Phòng", "Tỉnh …") and the commune level ("Phường", "Xã", "Đặc khu").
 * A part is recognised only by those words; whatever is not recognised stays in the
 * street part, so nothing is invented or dropped.
 */

export interface AddressParts {
  /** Street, house number, building: everything before the recognised parts. */
  street: string;
  /** Commune level: "Phường Hồng Bàng". */
  locality?: string;
  /** Province level: "Thành phố Hải Phòng". */
  region?: string;
}

const REGION = /^(Thành phố|Tỉnh|TP\.)\s/iu;
// Older district and town names are kept so an address written before 2025 still splits.
const LOCALITY = /^(Phường|Xã|Đặc khu|Thị trấn|Quận|Huyện|Thị xã)\s/iu;

export function addressParts(text: string): AddressParts {
  const clean = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  const parts = clean.split(/\s*,\s*/).filter(Boolean);
  let region: string | undefined;
  let locality: string | undefined;
  if (parts.length > 1 && REGION.test(parts[parts.length - 1])) region = parts.pop();
  if (parts.length > 1 && LOCALITY.test(parts[parts.length - 1])) locality = parts.pop();
  return { street: parts.join(', '), ...(locality ? { locality } : {}), ...(region ? { region } : {}) };
}
