// The viewer: who is asking, for which agency, in which role.
import type { Role } from '../model/graphModel.js';

export interface Viewer {
  subject: string;
  agency: string;
  role: Role;
}

export const AGENCY_CODE = /^[A-Z]{2,10}(-[A-Z]{2,10})?$/;

/** The name the GraphQL `Viewer` type is mapped to (codegen). */
export type ViewerModel = Viewer;
