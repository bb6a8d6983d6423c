export const certificateDelivery = {};
