// What other modules use of households: the online registration of a household by itself.
export { registerHousehold } from './household-register';
