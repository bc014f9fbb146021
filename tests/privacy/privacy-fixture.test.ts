/**
 * Privacy and security of the fixture site in Chromium (tests/privacy/site-privacy.ts): every
 * page, searching, and the notice pages without scripts. A file of its own so that its pages
 * are checked beside the published site's (privacy.test.ts), not after them.
 */
import { FIXTURE_DIST, SECOND_SLUG, SEED_SLUG } from '../support/paths.ts';
import { describeSitePrivacy } from './site-privacy.ts';

describeSitePrivacy('fixture site', FIXTURE_DIST, [SEED_SLUG, SECOND_SLUG]);
