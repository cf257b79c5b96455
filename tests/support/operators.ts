/** The alarm recipient the tests give the prod stage, whose file leaves it to the operator. */
export const OPERATORS = 'it@sokhcn.hungyen.gov.vn';
