// What other modules use of the emulation fund.

// The demo seed keeps the demo province's book through the same services as the console.
export { addReceipt } from './fund-ledger.service';
export { confirmPayment } from './fund-payments.service';
export { getFundYears } from './fund-years';
