export const certificateSettings = {};
