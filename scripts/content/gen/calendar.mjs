// Time pieces both shapes share.
export const DAY_MS = 86_400_000;
export const HOURS = [7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 12, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 19, 20, 21, 22, 23];

export const pad = (value) => String(value).padStart(2, '0');
