declare namespace App {
  interface Locals {
    /** The site model: see src/middleware.ts. */
    site: import('./model/site.ts').SiteModel;
  }
}
