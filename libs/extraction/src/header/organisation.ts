import { foldVietnamese } from '../text';

/** How the name of an administrative body begins (folded): the issuing-body lines of a header start so. */
const BODY_STARTS = [
  'uy ban', 'ubnd', 'hoi dong', 'bch', 'so', 'phong', 'ban', 'van phong', 'truong', 'trung tam', 'chi cuc', 'cuc',
  'tong cuc', 'bo', 'dang uy', 'dang bo', 'tinh uy', 'huyen uy', 'thanh uy', 'thi uy', 'quan uy', 'chi bo',
  'cong an', 'bo chi huy', 'ban chi huy', 'mat tran', 'uy ban mat tran', 'hoi', 'doan', 'cong doan', 'khoi',
  'cum', 'benh vien', 'vien', 'chi nhanh', 'cong ty', 'tong cong ty', 'kho bac', 'bao hiem', 'toa an',
  'thanh tra', 'ngan hang', 'dai hoc', 'hoc vien', 'lien doan', 'thanh doan', 'tinh doan', 'huyen doan',
  'xa', 'phuong', 'thi tran', 'huyen', 'quan', 'thi xa', 'thanh pho', 'tinh',
];

/** Titles of the person who signs (folded); the signature's position line starts with one of them. */
export const POSITION_STARTS = [
  'chu tich', 'pho chu tich', 'giam doc', 'pho giam doc', 'chanh van phong', 'pho chanh van phong', 'truong ban',
  'pho truong ban', 'truong phong', 'pho truong phong', 'hieu truong', 'pho hieu truong', 'bi thu', 'pho bi thu',
  'khoi truong', 'khoi pho', 'cum truong', 'cum pho', 'cuc truong', 'pho cuc truong', 'chi cuc truong',
  'vien truong', 'tong giam doc', 'thu truong', 'bo truong', 'chanh thanh tra', 'chanh an', 'truong khoa',
  'giam doc so', 'truong doan', 'chu nhiem', 'tong bien tap', 'truong tram', 'giam doc trung tam',
];

export const startsWithAny = (folded: string, starts: readonly string[]): boolean =>
  starts.some((s) => folded === s || folded.startsWith(`${s} `));

export function looksLikeBodyName(text: string): boolean {
  return startsWithAny(foldVietnamese(text), BODY_STARTS);
}

export function looksLikePosition(text: string): boolean {
  return startsWithAny(foldVietnamese(text), POSITION_STARTS);
}
