// What other modules use of the emulation fund.
export { getFundYears } from './fund-dashboard.service';
