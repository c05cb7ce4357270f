// 0: nothing at or above the failure threshold; 1: findings (or a gate) failed; 2: whale could not do what was asked.
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
