// What other modules use of exemplary models: the portal's public pages and the demo seed.

export { adoptModel } from './model-adoptions.service';
export { approveModel, createModel, submitModel } from './models.service';
export { findPublicModel, listPublicModels, readPublicPhoto } from './models-public';
