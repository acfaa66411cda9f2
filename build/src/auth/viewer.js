const AGENCY_CODE = /^[A-Z]{2,10}(-[A-Z]{2,10})?$/;
export {
  AGENCY_CODE
};
