import functional from './functional';
import economicDept from './economic-dept';
import economicGov from './economic-gov';
import economicMap from './economic-map';

/** The 2024 catalogue as TSV text (see each module's header for the line format). */
const data2024 = {
  year: 2024,
  functional,
  'economic-dept': economicDept,
  'economic-gov': economicGov,
  economicMap,
};
export default data2024;
