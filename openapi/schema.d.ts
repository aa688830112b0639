// Generated from openapi/openapi.json by `npm run openapi` (openapi-typescript). Do not edit.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description Answers 200 when the database answers, 503 otherwise. Needs no key.
         *
         *     **Example:** `GET /health` (seed data; request and response bodies below).
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The OpenAPI 3.1 description of this API, the same as `openapi/openapi.json` in the repository except for `servers`. Needs no key.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/claim-reviews.jsonld": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ClaimReview feed (schema.org DataFeed, JSON-LD)
         * @description Published fact-checks as a schema.org DataFeed of ClaimReviews, most recently changed first, paged (`nextPage`, Link rel="next"). Each DataFeedItem carries `audit` {seq, hash}: the audit event that published its rating; `auditCheckpoint` is a signed checkpoint covering them. Withdrawn fact-checks are left out. Needs no key; any origin may read it (CORS); ETag and 304.
         *
         *     **Example:** `GET /feeds/claim-reviews.jsonld?limit=1` (seed data; request and response bodies below).
         */
        get: operations["getClaimReviewFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/feeds/fact-checks.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Fact-check feed (Atom)
         * @description Published fact-checks as an Atom feed, most recently changed first, paged (link rel="next"). Each entry carries `cl:audit` (seq and hash of the audit event that published its rating); the feed carries `cl:checkpoint`, a signed checkpoint of the audit log as JSON. Withdrawn fact-checks are left out. Needs no key; any origin may read it (CORS); ETag and 304.
         *
         *     **Example:** `GET /feeds/fact-checks.atom?limit=1` (seed data; request and response bodies below).
         */
        get: operations["getFactCheckAtomFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List claims
         * @description Newest first, with filters. `status` may be repeated (`?status=verified&status=false`).
         *     With `q`: full-text search over text, claimant and tags (and the figures in the text), ordered by relevance, each item with `match`.
         *     The other filters still apply. `nextCursor` then continues the relevance order and only works with the same `q`.
         *     `sort=demand` lists the most requested claims first (then newest); its `nextCursor` only works with `sort=demand`. It cannot be combined with `q`.
         *     `minRequests` keeps claims with at least that many linked requests.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * Log a claim
         * @description Creates a claim in status "unverified". Numbers in the text are parsed into quantities. Existing claims that closely match it are listed in `likelyDuplicates` (the claim is created all the same).
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims` (seed data; request and response bodies below).
         */
        post: operations["createClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims:counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count claims by status
         * @description How many claims have each status (every status is listed, 0 when none), under the same `tag`, `claimant`, `updatedSince`, `language` and `minRequests` filters as the list. The console's queue shows these.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims:counts` (seed data; request and response bodies below).
         */
        get: operations["countClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a claim
         * @description The claim with its active evidence and each evidence's source. The ETag header carries its version. With `asOf` (auditor or admin), the claim, its status and its active evidence as they stood at that instant, rebuilt from the audit log (no ETag): 404 if the claim did not exist yet, 400 if the instant is in the future.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvjqv4xc1ybhtwkdsdg6` (seed data; request and response bodies below).
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a claim
         * @description Changes the fields sent. Needs If-Match with the ETag you read: 428 without it, 412 if the claim changed since. The text of a claim with a verdict is locked (409).
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `PATCH /v1/claims/clm_01m8yjqvzjgyzys1z1ydms7ac8` (seed data; request and response bodies below).
         */
        patch: operations["updateClaim"];
        trace?: never;
    };
    "/v1/claims/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the verification status
         * @description Moves the claim through the workflow. Needs If-Match.
         *     - unverified → in_review: checker or higher; rationale optional.
         *     - in_review → verified | misleading | false | unverifiable: reviewer or higher; rationale required.
         *       verified needs an active supports evidence, false an active contradicts, misleading any active evidence.
         *     - verdict → in_review (re-open): reviewer or higher; a reason (rationale) is required.
         *     A refused change is 409 with `rule` naming the rule; a role that may not make it is 403.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims/clm_01m8yjqvzjgyzys1z1ydms7ac8/status` (seed data; request and response bodies below).
         */
        post: operations["changeClaimStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a claim's evidence
         * @description Oldest first, in pages. Retracted evidence is included only with ?includeRetracted=true.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvnbg9d00aaw6w3ztdxh/evidence` (seed data; request and response bodies below).
         */
        get: operations["listEvidence"];
        put?: never;
        /**
         * Attach evidence to a claim
         * @description Links a source to the claim with a stance and a quote. The quote is checked against the source snapshot and its position recorded. If-Match is optional here; when sent it must be current. The claim version moves on.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims/clm_01m8yjqvnbg9d00aaw6w3ztdxh/evidence` (seed data; request and response bodies below).
         */
        post: operations["attachEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/evidence/{evidenceId}/retract": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retract evidence
         * @description Evidence is never deleted: it is retracted with a reason and stays in history. If the retraction leaves a verdict without the evidence its rule needs, the claim goes back to in_review by itself.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims/clm_01m8yjqvnbg9d00aaw6w3ztdxh/evidence/evd_01m8yjqw6mw82caq2ey53s0p2c/retract` (seed data; request and response bodies below).
         */
        post: operations["retractEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sources
         * @description Newest first. The content snapshot is left out of lists; read one source to get it.
         *     With `q`: full-text search over title, publisher and snapshot text, ordered by relevance, each item with `match` (the snippet comes from the best-matching field).
         *     `nextCursor` then continues the relevance order and only works with the same `q`.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/sources?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create a source
         * @description Creates a source. If a source with the same canonical URL exists, it is returned with 200 instead of a duplicate.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/sources` (seed data; request and response bodies below).
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sources/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a source
         * @description The source with its content snapshot and the claims it is active evidence for.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/sources/src_01m8yjqvekcbq1s4zexcpp7zrb` (seed data; request and response bodies below).
         */
        get: operations["getSource"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit a source
         * @description Changes the fields sent. Needs If-Match. The content snapshot cannot change while active evidence quotes it (409).
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `PATCH /v1/sources/src_01m8yjqw997rsk3fmwm0zzyf58` (seed data; request and response bodies below).
         */
        patch: operations["updateSource"];
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List API keys
         * @description Newest first, revoked keys included. Keys themselves are never shown.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `GET /v1/api-keys?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The key is returned once, in this response; only its hash is stored.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `POST /v1/api-keys` (seed data; request and response bodies below).
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an API key
         * @description The key is refused from the next request on.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `POST /v1/api-keys/key_01m8yjqwebs9h24c74knt7n6jb/revoke` (seed data; request and response bodies below).
         */
        post: operations["revokeApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who am I
         * @description The key you are calling with: its id, name and role.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/me` (seed data; request and response bodies below).
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A claim's history
         * @description Every change to the claim and to its evidence — who, when, what changed from what to what, and why — oldest first, paged by seq. Each event is part of the hash-chained audit log. To see the claim as it stood at an instant, use `GET /v1/claims/{id}?asOf=`.
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvjqv4xc1ybhtwkdsdg6/history` (seed data; request and response bodies below).
         */
        get: operations["getClaimHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims:search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search fact checks (Google Fact Check Tools shape)
         * @description Answers "has this been checked, and what was found?" in the response shape of Google Fact Check Tools `claims:search`,
         *     so a tool written for that API can point at ClaimLedger (send the key as `Authorization: Bearer`, not `?key=`).
         *     Matching is full text (stemmed, typo-tolerant) plus quantities: "11k bitcoin 2017", "more than 11000 BTC in 2017" and
         *     "eleven thousand bitcoins" find the same claim. Results are ordered by relevance; `nextPageToken` continues that order
         *     and only works with the same query. Each claim carries ClaimLedger extensions (`id`, `status`, `match`).
         *     `reviewPublisherSiteFilter` keeps claims reviewed by that site (then `query` may be left out: reviewed claims newest first);
         *     `offset` skips results when no `pageToken` is given. Any other parameter — including Google's `key`, `fields` and
         *     `prettyPrint` — is a 400 that names it: nothing is silently ignored.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims:search?query=Lazarus%20Sony%20Pictures%202014` (seed data; request and response bodies below).
         */
        get: operations["searchFactChecks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Claims similar to a claim
         * @description Other claims ranked by how well they match this claim's words and figures, best first, each with `match` (bm25 score, snippet, matched words and figures) and `similarity` (0–1 overlap of the two texts).
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvjqv4xc1ybhtwkdsdg6/similar?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listSimilarClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/claim-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * ClaimReview (schema.org JSON-LD) of a verdict
         * @description The fact-check as schema.org ClaimReview, served as `application/ld+json`, with every property Google's fact-check
         *     documentation requires or recommends. Once the claim has been published it is the published rating — also while the
         *     claim is re-reviewed — with `dateModified` after a correction, and `url` is the public page. Before the first
         *     publication it previews the current verdict (the `url` it will have). Ratings come from the rating scale
         *     (`GET /v1/rating-scale`; by default True 5, Misleading 3, False 1, Unverifiable 3 on 1–5). The author and publisher are
         *     PUBLISHER_NAME and PUBLISHER_URL. A claim never published and without a verdict is 404 CLAIM_REVIEW_NOT_FOUND;
         *     a withdrawn fact-check is 410 FACT_CHECK_WITHDRAWN.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvjqv4xc1ybhtwkdsdg6/claim-review` (seed data; request and response bodies below).
         */
        get: operations["getClaimReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rating-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rating scale
         * @description The labels a verdict can carry (`label` in a status change), each with its ratingValue between worstRating and bestRating and the workflow verdict it counts as. Set by RATING_SCALE or RATING_SCALE_FILE; the default is True 5, Misleading 3, False 1, Unverifiable 3 on 1–5.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/rating-scale` (seed data; request and response bodies below).
         */
        get: operations["getRatingScale"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the publication
         * @description The claim's public fact-check: its slug and URL, whether it is published, withdrawn or under re-review, and every rating it was published with, oldest first. 404 PUBLICATION_NOT_FOUND when the claim was never published.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvjqv4xc1ybhtwkdsdg6/publication` (seed data; request and response bodies below).
         */
        get: operations["getPublication"];
        put?: never;
        /**
         * Publish the verdict
         * @description Publishes the claim's current verdict as a public fact-check page (`url`), readable without a key, with its ClaimReview.
         *     The first publication chooses the page's stable slug (201). After a re-review, publishing again shows the new rating with
         *     `dateModified` and a correction note listing the earlier ratings (200); publishing a withdrawn fact-check puts it back.
         *     When nothing changed, nothing is written (200). A claim without a verdict is 409 NOTHING_TO_PUBLISH.
         *     Each publication is an audit event: `verdict.published` (first, or after a withdrawal) or `verdict.updated`.
         *
         *     **Requires an API key with one of the roles: reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims/clm_01m8yjqvzjgyzys1z1ydms7ac8/publication` (seed data; request and response bodies below).
         */
        post: operations["publishClaim"];
        /**
         * Withdraw the fact-check
         * @description Withdraws a published fact-check with a reason: its page then answers 410 Gone with the reason, and it leaves the index and the sitemap. The rating history is kept; publishing again puts the page back. Audit event `verdict.unpublished`.
         *
         *     **Requires an API key with one of the roles: reviewer, admin.**
         *
         *     **Example:** `DELETE /v1/claims/clm_01m8yjqvzjgyzys1z1ydms7ac8/publication` (seed data; request and response bodies below).
         */
        delete: operations["unpublishClaim"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description The whole log, oldest first, paged by seq, with optional filters. Each event carries the hash that chains it to the one before.
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/audit/events?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log (NDJSON)
         * @description Streams every event as one line of `application/x-ndjson`: the RFC 8785 canonical JSON of the event exactly as hashed (`actor` is the key id), plus its `hash`. Remove `hash` from a line and sha256(prevHash + canonical JSON of the rest) must give it back. The export stops at the head as it was when the request began. Check it offline with `claimledger audit verify --export FILE`. Errors before the stream starts are application/problem+json.
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/audit/export` (seed data; request and response bodies below).
         */
        get: operations["exportAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify the audit chain
         * @description Recomputes every hash and link from the first event to the head and reports the first seq that fails, if any. Answers 200 either way: `ok` says whether the log is intact. It reads the whole log (about a second per million events).
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/audit/verify` (seed data; request and response bodies below).
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a signed checkpoint
         * @description The current size and head hash of the log, signed with the service's Ed25519 key. Save it; later, `GET /v1/audit/consistency` or `claimledger audit verify --checkpoint FILE` proves the log still extends it.
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/audit/checkpoint` (seed data; request and response bodies below).
         */
        get: operations["getAuditCheckpoint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prove the log extends an old checkpoint
         * @description The log is one hash chain, so it extends a checkpoint {size, headHash} exactly when event `size` still has hash `headHash` and every link from the first event to the head holds; the whole chain is checked, so damage before `size` is caught too. Answers 200 with `consistent` and, when false, the first bad seq; always with a fresh signed checkpoint to keep. For a proof that does not trust this server, export the log and run `claimledger audit verify --export FILE --checkpoint OLD.json --public-key KEY.pem`.
         *
         *     **Requires an API key with one of the roles: auditor, admin.**
         *
         *     **Example:** `GET /v1/audit/consistency?size=73&headHash=58862c8d9745fc0d0a2dc1e8e17d7a6c4747fab549171878608e135342532e3e` (seed data; request and response bodies below).
         */
        get: operations["checkAuditConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in to the console
         * @description Exchanges an API key for a session cookie (HttpOnly, SameSite=Strict, Secure when the service is served over https). The session acts with the key's role for 12 hours, or until signed out, or until the key is revoked or expires. Sent from a browser, the request must come from the service's own origin.
         *
         *     **Example:** `POST /v1/session` (seed data; request and response bodies below).
         */
        post: operations["createSession"];
        /**
         * Sign out of the console
         * @description Ends the session named by the cookie and clears the cookie. Signing out without a session is not an error.
         *
         *     **Example:** `DELETE /v1/session` (seed data; request and response bodies below).
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook subscriptions
         * @description Newest first, disabled ones included. Secrets are never shown.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `GET /v1/webhooks?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Create a webhook subscription
         * @description Events of the chosen types are POSTed to the URL after the change commits, signed per the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature). The signing secret is returned once, in this response.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `POST /v1/webhooks` (seed data; request and response bodies below).
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a webhook subscription
         * @description With its messages counted by state, and why it is disabled if it is.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `GET /v1/webhooks/whk_01m8yjqwhfx1n4wc3ha48patkz` (seed data; request and response bodies below).
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook subscription
         * @description Deletes it with its queue and delivery log; messages not yet delivered are never sent.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `DELETE /v1/webhooks/whk_01m8yjqwjkdysah9hzq370zfmt` (seed data; request and response bodies below).
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Edit, enable or disable a webhook subscription
         * @description Change the URL, event types, filter or description, or set enabled. Enabling a subscription that was disabled after failing deliveries resumes its queue where it stopped (the failed message stays failed until redelivered). A disabled subscription receives no new events.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `PATCH /v1/webhooks/whk_01m8yjqwhfx1n4wc3ha48patkz` (seed data; request and response bodies below).
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook subscription's secret
         * @description A new secret, returned once. Until previousSecretExpiresAt (WEBHOOK_SECRET_OVERLAP_MS after now, or overlapSeconds) every message is signed with both secrets, two v1 signatures in webhook-signature, so a receiver can switch at its own pace.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `POST /v1/webhooks/whk_01m8yjqwhfx1n4wc3ha48patkz/rotate-secret` (seed data; request and response bodies below).
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook subscription's delivery log
         * @description Messages newest first, each with its state and every attempt: when, the status code, the latency and the error.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `GET /v1/webhooks/whk_01m8yjqwhfx1n4wc3ha48patkz/deliveries?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a webhook message again
         * @description Queues the message again, now, with the same webhook-id (receivers de-duplicate on it). It goes before the later messages of the subscription. A disabled subscription sends it once enabled.
         *
         *     **Requires an API key with one of the roles: admin.**
         *
         *     **Example:** `POST /v1/webhooks/whk_01m8yjqwhfx1n4wc3ha48patkz/deliveries/msg_01m8yjqwhvmt4xyvn2fe2c5dv9/redeliver` (seed data; request and response bodies below).
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List requests
         * @description Newest first, with filters. A reader-level key sees only the requests it submitted.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/requests?limit=2` (seed data; request and response bodies below).
         */
        get: operations["listRequests"];
        put?: never;
        /**
         * Submit a request ("is this true?")
         * @description Records what a reader, a tipline or a newsroom desk asks about, and matches it at once against known claims
         *     (the quantity-aware search: "11k bitcoin" finds "more than 11,000 bitcoins").
         *     `answer` is set when a claim with a published verdict already answers it. Otherwise a checker links it to a claim
         *     later, and when that claim's verdict is published the request becomes `answered` (and `request.answered` is sent
         *     to the webhooks of its channel). A reader-level key may submit requests and read back only its own.
         *     No personal data: the requester is an opaque reference, stored only as a keyed hash.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/requests` (seed data; request and response bodies below).
         */
        post: operations["createRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a request
         * @description A request and its state. A reader-level key reads only the requests it submitted (404 for others).
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/requests/req_01m8yjqw9gn6v65h40p83zs9ef` (seed data; request and response bodies below).
         */
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a request to a claim
         * @description The request counts toward the claim's demand. If the claim's verdict is already published, the request is answered at once. Linking it again to the same claim changes nothing; a request linked to another claim is 409 (unlink it first, or merge the claims' requests).
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/requests/req_01m8yjqw9gn6v65h40p83zs9ef/link` (seed data; request and response bodies below).
         */
        post: operations["linkRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a claim from a request
         * @description Logs a claim (its text and language default to the request's) and links the request to it. A request already linked is 409.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/requests/req_01m8yjqwaeft3745t09ke8ff08/claim` (seed data; request and response bodies below).
         */
        post: operations["createClaimFromRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/requests/{id}/unlink": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unlink a request from its claim
         * @description With a reason. The request is open again and no longer counts toward that claim's demand. A request that is not linked is 409.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/requests/req_01m8yjqwaeft3745t09ke8ff08/unlink` (seed data; request and response bodies below).
         */
        post: operations["unlinkRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/requests/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move all requests of another claim to this claim
         * @description For the same claim logged twice: every request of `fromClaimId` moves here (one `request.moved` audit event each) and both claims' demand is recounted. Moved requests are answered if this claim's verdict is published, linked otherwise.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/claims/clm_01m8yjqvexv56cy50zr0fnmtme/requests/merge` (seed data; request and response bodies below).
         */
        post: operations["mergeClaimRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A claim's demand
         * @description How many requests are linked to the claim and from how many distinct requesters, per UTC day of arrival and per channel. The totals are the counters the claim carries (`demand`).
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/claims/clm_01m8yjqvexv56cy50zr0fnmtme/demand` (seed data; request and response bodies below).
         */
        get: operations["getClaimDemand"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live stream of changes (Server-Sent Events)
         * @description A `text/event-stream` of audit events as they commit: each message has `id:` = the event's seq and `data:` = the event as JSON. Reconnecting with `Last-Event-ID` (EventSource does it by itself) resumes right after that seq, with no gap and no duplicate; without it the stream starts at the current head. Auditors and admins receive every event in full (as in GET /v1/audit/events). Other roles receive only events about claims, evidence and sources, as a notice `{seq, at, action, entity, claimId}` without actor, changes or reason (those are the history, which is auditor-only). A comment line is sent every 15 s to keep the connection open. With `follow=false` the stream sends what is already there and ends.
         *
         *     **Requires an API key with one of the roles: reader, checker, reviewer, auditor, admin.**
         *
         *     **Example:** `GET /v1/events/stream?follow=false&lastEventId=40` (seed data; request and response bodies below).
         */
        get: operations["streamEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/import/claim-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import other fact-checkers' ClaimReviews
         * @description Takes schema.org ClaimReview JSON-LD: one document, an array, a DataFeed (`dataFeedElement` of ClaimReviews or of DataFeedItems whose `item` is one),
         *     or an HTML page (`text/html`) whose script elements of type `application/ld+json` hold it. Each review needs `url`, `claimReviewed`, a `reviewRating`
         *     with `alternateName` (or `name`), and an `author` or `publisher` with a name.
         *     Each review is attached to the claim with the same text, or to a new claim (claimant, date and first appearance from `itemReviewed`). It is
         *     an external review, shown as `externalReviews` and in claims:search under its own publisher — never a verdict of this newsroom: the claim keeps its status.
         *     Idempotent by review URL: an unchanged review is skipped, a changed one updated. All or nothing: if any record cannot be read, nothing is imported
         *     and the 422 lists each rejected record with its reason. Every created claim and every created or updated review is an audit event.
         *
         *     **Requires an API key with one of the roles: checker, reviewer, admin.**
         *
         *     **Example:** `POST /v1/import/claim-reviews` (seed data; request and response bodies below).
         */
        post: operations["importClaimReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The API key that made a change: its id and name (never the key itself). */
        ActorRef: {
            /** @example key_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            /** @example Newsroom desk */
            name: string;
        };
        ApiKey: {
            /** @example key_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description The first characters of the key, to recognise it; the key itself is never shown again. */
            prefix: string;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"] | null;
            expiresAt: string | null;
            revokedAt: string | null;
            revokedBy: components["schemas"]["ActorRef"] | null;
        };
        AuditConsistency: {
            /** @description True when today's log extends the old checkpoint unchanged. */
            consistent: boolean;
            /** @description The checkpoint you sent. */
            from: {
                size: number;
                headHash: string;
            };
            /** @description A checkpoint of the log now: keep it for next time. */
            to: components["schemas"]["SignedCheckpoint"];
            /** @description Events verified (before the first problem, if any). */
            eventsChecked: number;
            firstBadSeq?: number;
            /**
             * @description seq-gap: an event is missing; seq-out-of-order: duplicated or reordered; broken-link: prevHash is not the previous hash; hash-mismatch: content edited; checkpoint-mismatch: history up to a checkpoint rewritten; truncated: events after a checkpoint removed.
             * @enum {string}
             */
            problem?: "seq-gap" | "seq-out-of-order" | "broken-link" | "hash-mismatch" | "malformed" | "checkpoint-mismatch" | "truncated" | "bad-signature";
            detail?: string;
        };
        /** @description One entry of the append-only, hash-chained audit log. */
        AuditEvent: {
            /** @description Position in the one global chain: 1, 2, 3 … without gaps. */
            seq: number;
            /** @description When the change was made (ISO-8601 UTC). */
            at: string;
            actor: components["schemas"]["ActorRef"];
            /**
             * @description What happened: claim.created, claim.updated, claim.status_changed, claim.reopened, claim.auto_reopened, evidence.added, evidence.retracted, source.created, source.updated, api_key.created, api_key.revoked, external_review.imported, external_review.updated.
             * @example claim.status_changed
             */
            action: string;
            /** @description The record that changed. */
            entity: {
                /** @example claim */
                type: string;
                id: string;
            };
            /** @description The claim the event belongs to (for claims and their evidence). */
            claimId: string | null;
            /** @description Each changed field with its value before and after. */
            changes: {
                [key: string]: {
                    from: unknown;
                    to: unknown;
                };
            };
            /** @description Why: the verdict rationale, re-opening or retraction reason, or the automatic cause. */
            reason: string | null;
            /**
             * @description The hash of the previous event (64 zeros for the first).
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            prevHash: string;
            /**
             * @description sha256 of prevHash followed by the RFC 8785 canonical JSON of the event without `hash` (and with `actor` as the key id).
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            hash: string;
        };
        AuditVerification: {
            /** @constant */
            ok: true;
            eventsChecked: number;
            /** @description The last event. */
            headSeq: number;
            /**
             * @description Its hash: with headSeq, what a checkpoint signs.
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            headHash: string;
        } | {
            /** @constant */
            ok: false;
            /** @description The first seq at which the chain fails. */
            firstBadSeq: number;
            /**
             * @description seq-gap: an event is missing; seq-out-of-order: duplicated or reordered; broken-link: prevHash is not the previous hash; hash-mismatch: content edited; checkpoint-mismatch: history up to a checkpoint rewritten; truncated: events after a checkpoint removed.
             * @enum {string}
             */
            problem: "seq-gap" | "seq-out-of-order" | "broken-link" | "hash-mismatch" | "malformed" | "checkpoint-mismatch" | "truncated" | "bad-signature";
            detail: string;
            /** @description Events verified before the failure. */
            eventsChecked: number;
        };
        Claim: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
        };
        /**
         * @description Whether the claimant is a Person or an Organization (ClaimReview itemReviewed.author @type).
         * @enum {string}
         */
        ClaimantType: "Person" | "Organization";
        ClaimCounts: {
            /** @description Claims per status. */
            counts: {
                unverified: number;
                in_review: number;
                verified: number;
                misleading: number;
                false: number;
                unverifiable: number;
            };
            total: number;
        };
        /** @description The claim to create; `text` and `language` default to the request's. A checker usually restates the question as a claim. */
        ClaimFromRequest: {
            /**
             * @description The claim, as a checker would state it.
             * @example North Korea harvested more than 11,000 bitcoins in 2017.
             */
            text?: string;
            /**
             * @description Who made the claim.
             * @example NSA
             */
            claimant?: string | null;
            /**
             * @description When the claim was made (YYYY-MM-DD).
             * @example 2018-03-01
             */
            claimDate?: string | null;
            /**
             * @description BCP-47 language tag of the claim text.
             * @example en
             */
            language?: string;
            /**
             * @description Up to 20 tags.
             * @example [
             *       "north-korea",
             *       "bitcoin"
             *     ]
             */
            tags?: string[];
            firstAppearance?: ({
                /** @description The source id. */
                sourceId: string;
            } | {
                /** Format: uri */
                url: string;
            }) | null;
            claimantType?: components["schemas"]["ClaimantType"] | null;
            /** @description Where the claim appeared (up to 20): each URL with its date where known. Replaces the list on edit. */
            appearances?: {
                /** Format: uri */
                url: string;
                /** @description When it appeared (YYYY-MM-DD or an instant), if known. */
                date?: (string) | null;
            }[];
        };
        ClaimListItem: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
            /** @description Present when the list was searched with `q`: why this claim matched. */
            match?: components["schemas"]["SearchMatch"];
        };
        ClaimRead: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
            /** @description The active (not retracted) evidence, oldest first. */
            evidence: components["schemas"]["Evidence"][];
            /** @description The discrepancies of all the evidence above, in evidence order. */
            discrepancies: components["schemas"]["Discrepancy"][];
            /** @description Reviews imported from other fact-checkers (POST /v1/import/claim-reviews), oldest first (with asOf: those imported by then, as they stood then). */
            externalReviews: components["schemas"]["ExternalReview"][];
        };
        /** @description schema.org ClaimReview (JSON-LD), ready to embed in a page inside a script element of type application/ld+json. */
        ClaimReview: {
            /** @constant */
            "@context": "https://schema.org";
            /** @constant */
            "@type": "ClaimReview";
            /** @description The public fact-check page. */
            url: string;
            name: string;
            /** @description A short summary of the claim (≤ 75 characters). */
            claimReviewed: string;
            /** @description The first publication (or, before it, when the verdict was set). */
            datePublished: string;
            /** @description When a later rating replaced an earlier one (a correction). */
            dateModified?: string;
            inLanguage: string;
            author: {
                /** @constant */
                "@type": "Organization";
                name: string;
                url?: string;
            };
            publisher: {
                /** @constant */
                "@type": "Organization";
                name: string;
                url?: string;
            };
            reviewRating: {
                /** @constant */
                "@type": "Rating";
                /**
                 * @description Where the label sits on the scale.
                 * @example 3
                 */
                ratingValue: number;
                /** @example 5 */
                bestRating: number;
                /** @example 1 */
                worstRating: number;
                /**
                 * @description The rating label.
                 * @example Misleading
                 */
                name: string;
                /**
                 * @description The rating label (what Google shows).
                 * @example Misleading
                 */
                alternateName: string;
                ratingExplanation?: string;
            };
            itemReviewed: {
                /** @constant */
                "@type": "Claim";
                /** @description Who made the claim: a Person or an Organization. */
                author?: {
                    /** @enum {string} */
                    "@type": "Person" | "Organization";
                    name: string;
                };
                datePublished?: string;
                /** @description Where the claim appeared: its URL, or the title of a source without one, and its date where known. */
                firstAppearance?: {
                    /** @constant */
                    "@type": "CreativeWork";
                    url?: string;
                    name?: string;
                    datePublished?: string;
                };
                appearance?: {
                    /** @constant */
                    "@type": "CreativeWork";
                    url?: string;
                    name?: string;
                    datePublished?: string;
                }[];
            };
        };
        /** @description A schema.org DataFeed of ClaimReviews (JSON-LD), most recently changed first. */
        ClaimReviewFeed: {
            "@context": unknown[];
            /** @constant */
            "@type": "DataFeed";
            url: string;
            name: string;
            publisher: {
                /** @constant */
                "@type": "Organization";
                name: string;
                url: string;
            };
            /** @description The newest change among the entries. */
            dateModified?: string;
            dataFeedElement: {
                /** @constant */
                "@type": "DataFeedItem";
                /** @description The first publication. */
                dateCreated: string;
                /** @description The latest publication, correction or re-publication. */
                dateModified: string;
                /** @description The audit event that published the rating the entry shows. */
                audit: {
                    seq: number;
                    hash: string;
                };
                /** @description The ClaimReview, as GET /v1/claims/{id}/claim-review serves it. */
                item: {
                    [key: string]: unknown;
                };
            }[];
            /** @description A signed checkpoint of the audit log (as GET /v1/audit/checkpoint gives it), taken after the entries were read: every entry's audit.seq is at most checkpoint.size. Save it as a file for `claimledger audit verify --checkpoint`. */
            auditCheckpoint: {
                checkpoint: {
                    origin: string;
                    size: number;
                    headHash: string;
                };
                signature: string;
                publicKey: string;
                keyId: string;
            };
            /** @description The URL of the next page; absent on the last. */
            nextPage?: string;
        };
        ClaimReviewImportReport: {
            /** @description Reviews imported for the first time. */
            created: number;
            /** @description Reviews imported before whose ClaimReview has changed (rating, date, …). */
            updated: number;
            /** @description Reviews imported before, unchanged. */
            skipped: number;
            /** @description Always empty on a 200: a file with a rejected record is a 422 that lists them and imports nothing. */
            rejected: components["schemas"]["RejectedClaimReview"][];
            /** @description Each review of the file, in file order. */
            reviews: {
                index: number;
                url: string;
                /** @enum {string} */
                outcome: "created" | "updated" | "skipped";
                reviewId: string;
                /** @description The claim the review is on: an existing claim with the same text, or one created for it. */
                claimId: string;
                claimCreated: boolean;
            }[];
        };
        /**
         * @description unverified (new) → in_review → a verdict: verified, misleading, false or unverifiable. A verdict can be re-opened to in_review.
         * @enum {string}
         */
        ClaimStatus: "unverified" | "in_review" | "verified" | "misleading" | "false" | "unverifiable";
        ClaimWithEvidence: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
            /** @description The active (not retracted) evidence, oldest first. */
            evidence: components["schemas"]["Evidence"][];
            /** @description The discrepancies of all the evidence above, in evidence order. */
            discrepancies: components["schemas"]["Discrepancy"][];
        };
        CreateApiKey: {
            /**
             * @description Who or what uses the key.
             * @example Newsroom desk
             */
            name: string;
            role: components["schemas"]["Role"];
            /** @description When the key stops working; never when absent. */
            expiresAt?: string | null;
        };
        CreateClaim: {
            /**
             * @description The claim, as a checker would state it.
             * @example North Korea harvested more than 11,000 bitcoins in 2017.
             */
            text: string;
            /**
             * @description Who made the claim.
             * @example NSA
             */
            claimant?: string | null;
            /**
             * @description When the claim was made (YYYY-MM-DD).
             * @example 2018-03-01
             */
            claimDate?: string | null;
            /**
             * @description BCP-47 language tag of the claim text.
             * @example en
             */
            language?: string;
            /**
             * @description Up to 20 tags.
             * @example [
             *       "north-korea",
             *       "bitcoin"
             *     ]
             */
            tags?: string[];
            firstAppearance?: ({
                /** @description The source id. */
                sourceId: string;
            } | {
                /** Format: uri */
                url: string;
            }) | null;
            claimantType?: components["schemas"]["ClaimantType"] | null;
            /** @description Where the claim appeared (up to 20): each URL with its date where known. Replaces the list on edit. */
            appearances?: {
                /** Format: uri */
                url: string;
                /** @description When it appeared (YYYY-MM-DD or an instant), if known. */
                date?: (string) | null;
            }[];
        };
        CreatedApiKey: {
            /** @example key_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            name: string;
            role: components["schemas"]["Role"];
            /** @description The first characters of the key, to recognise it; the key itself is never shown again. */
            prefix: string;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"] | null;
            expiresAt: string | null;
            revokedAt: string | null;
            revokedBy: components["schemas"]["ActorRef"] | null;
            /** @description The API key. Shown only in this response: store it now. Absent from a replay (Idempotent-Replayed: true) of a request with the same Idempotency-Key: the key is never stored, so it cannot be shown again; revoke and re-create it if it was lost. */
            key?: string;
        };
        CreatedClaim: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
            /** @description The active (not retracted) evidence, oldest first. */
            evidence: components["schemas"]["Evidence"][];
            /** @description The discrepancies of all the evidence above, in evidence order. */
            discrepancies: components["schemas"]["Discrepancy"][];
            /** @description Existing claims that closely match this one (similarity ≥ 0.5), best first. The claim is created anyway; link to a checked one rather than checking it again. */
            likelyDuplicates: components["schemas"]["LikelyDuplicate"][];
        };
        CreatedRequest: {
            /** @example req_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            url: string | null;
            channel: string;
            language: string;
            status: components["schemas"]["RequestStatus"];
            /** @description The claim it is linked to. */
            claimId: string | null;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            linkedAt: string | null;
            linkedBy: components["schemas"]["ActorRef"] | null;
            /** @description When the linked claim's fact-check was published (or the request was linked to a published one). */
            answeredAt: string | null;
            /** @description Known claims the request may be about, best first (similarity ≥ 0.3). The request is not linked to them: a checker decides. */
            matches: components["schemas"]["RequestMatch"][];
            /** @description The best match whose verdict is published, when its similarity is at least 0.5: the answer that already exists. null otherwise. */
            answer: components["schemas"]["RequestMatch"] | null;
        };
        CreateEvidence: {
            /** @description The source id. */
            sourceId: string;
            stance: components["schemas"]["Stance"];
            /**
             * @description The exact words from the source. Required for supports and contradicts. When the source has a snapshot, the quote must occur in it (whitespace and typographic quotes are normalised).
             * @example Last March, the NSA claimed that North Korea had harvested more than 11,000 bitcoins in 2017 through mining and numerous thefts.
             */
            quote?: string | null;
            /** @description The checker's note on this evidence. */
            note?: string | null;
        };
        CreateRequest: {
            /**
             * @description What the requester asks about, in their words.
             * @example Is it true that North Korea got 11k bitcoin in 2017?
             */
            text: string;
            /**
             * @description Where the requester saw it.
             * @example https://example.com/viral-post
             */
            url?: string | null;
            /**
             * @description Where the request came in: a label you choose per integration. Webhook subscriptions for `request.answered` select by it.
             * @example whatsapp-tipline
             */
            channel: string;
            /**
             * @description BCP-47 language tag of the text; "en" when absent.
             * @example en
             */
            language?: string;
            /**
             * @description An opaque, stable reference to the requester within the channel (e.g. your own hash of a tipline user id) — never a name, phone number or e-mail address. Only a keyed hash of it is stored, to count distinct requesters; it is never returned.
             * @example u-7f3a9c
             */
            requesterRef: string;
        };
        /** @description A new source. Either url or citation is required. */
        CreateSource: {
            /**
             * @description Where the source lives. Canonicalised (lower-case scheme and host, no fragment, no utm_* parameters); a source with the same canonical URL is returned instead of a duplicate.
             * @example https://www.example.com/north-korea-crypto
             */
            url?: string | null;
            /** @description A free-text citation for sources without a URL, e.g. "KDB report, 2018". */
            citation?: string | null;
            /**
             * @description The title of the source.
             * @example North Korea and Crypto-Love
             */
            title: string;
            /** @description Who published it. */
            publisher?: string | null;
            /** @description Who wrote it. */
            author?: string | null;
            /**
             * @description When it was published: a date or an instant.
             * @example 2018-09-05
             */
            publishedAt?: (string) | null;
            kind: components["schemas"]["SourceKind"];
            /** @description A text snapshot of the source (at most 1000000 characters). Evidence quotes are checked against it. */
            content?: string | null;
            /** @description When the snapshot was taken; defaults to now when content is given. */
            retrievedAt?: string | null;
        };
        CreateWebhook: {
            /**
             * @description Where events are POSTed: http or https. Private, loopback and link-local addresses are refused (checked on the resolved address at every delivery) unless WEBHOOK_ALLOWED_ADDRESSES names them.
             * @example https://cms.example.org/hooks/claimledger
             */
            url: string;
            /** @example Newsroom CMS */
            description?: string | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            filter?: components["schemas"]["WebhookFilter"];
        };
        /** @description How many people asked about a claim, and when. */
        Demand: {
            claimId: string;
            /** @description Requests linked to the claim. */
            requests: number;
            /** @description Distinct requesters among them. */
            requesters: number;
            /** @description Per UTC day of arrival, oldest first, from the first request's day to today: days without requests are there with 0. */
            daily: {
                /** @example 2026-12-03 */
                date: string;
                requests: number;
                requesters: number;
            }[];
            /** @description Requests per channel, most first. */
            channels: {
                channel: string;
                requests: number;
            }[];
        };
        /** @description How many people asked about this claim (`GET /v1/claims/{id}/demand` has the daily series). Demand does not move the claim's version; an `asOf` read shows today's count. */
        DemandCount: {
            /**
             * @description Requests linked to this claim.
             * @example 12
             */
            requests: number;
            /**
             * @description Distinct requesters among them (per channel).
             * @example 9
             */
            requesters: number;
        };
        /** @description An evidence quote states a figure in a unit the claim also uses, and none of its figures in that unit equals the claim's. Computed when read; a flag for the reviewer, not a verdict. */
        Discrepancy: {
            /** @example evd_01jd2x8q0m7k3v5n6p9r4s2t1w */
            evidenceId: string;
            /**
             * @description The canonical unit both figures are in.
             * @example percent
             */
            unit: string;
            /**
             * @description The claim's figure in that unit closest to the quote's.
             * @example 40
             */
            claimValue: number;
            /** @example 37 */
            quoteValue: number;
            /**
             * @description The figure as the claim writes it.
             * @example 40%
             */
            claimRaw: string;
            /**
             * @description The figure as the quote writes it.
             * @example 37 per cent
             */
            quoteRaw: string;
        };
        Evidence: {
            /** @example evd_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            claimId: string;
            sourceId: string;
            source: components["schemas"]["SourceSummary"];
            stance: components["schemas"]["Stance"];
            quote: string | null;
            /** @description Set when the source has a content snapshot. */
            quoteSelector: components["schemas"]["QuoteSelector"] | null;
            note: string | null;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            retractedAt: string | null;
            retractedBy: components["schemas"]["ActorRef"] | null;
            retractionReason: string | null;
            /** @description Figures in the quote that differ from the claim's figure in the same unit: a flag for the reviewer, not a verdict. */
            discrepancies: components["schemas"]["Discrepancy"][];
        };
        /** @description Another fact-checker's review of the claim, imported from its ClaimReview. Not a verdict of this newsroom: the claim's `status` is its own. */
        ExternalReview: {
            /** @example xrv_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            publisher: {
                /** @example PolitiFact */
                name: string;
                /**
                 * @description What reviewPublisherSiteFilter matches.
                 * @example politifact.com
                 */
                site: string;
                url: string | null;
            };
            /** @description The review's page on the publisher's site: the import's idempotency key. */
            url: string;
            title: string | null;
            claimReviewed: string;
            /**
             * @description The publisher's own rating words (reviewRating.alternateName).
             * @example Pants on Fire
             */
            ratingText: string;
            ratingValue: number | null;
            bestRating: number | null;
            worstRating: number | null;
            datePublished: string | null;
            language: string | null;
            importedAt: string;
            updatedAt: string;
        };
        /** @description A claim in the shape of Google Fact Check Tools' claims:search, with ClaimLedger extensions. */
        FactCheckClaim: {
            text: string;
            claimant?: string;
            /** @description When the claim was made, as an RFC 3339 instant (midnight UTC of the claim date). */
            claimDate?: string;
            /** @description This newsroom's review of the claim (when it has a verdict), then those imported from other fact-checkers; with reviewPublisherSiteFilter, only that site's. */
            claimReview: components["schemas"]["FactCheckReview"][];
            /** @description ClaimLedger extension: the claim id. */
            id: string;
            /** @description ClaimLedger extension: the verification status. */
            status: components["schemas"]["ClaimStatus"];
            /** @description ClaimLedger extension: score, snippet, and which words and figures matched. */
            match: components["schemas"]["SearchMatch"];
        };
        /** @description A review in the shape of Google Fact Check Tools' ClaimReview: this newsroom's (publisher = PUBLISHER_NAME) or one imported from another fact-checker (its own publisher). */
        FactCheckReview: {
            publisher: {
                /** @example ClaimLedger */
                name: string;
                /**
                 * @description Host of PUBLISHER_URL.
                 * @example factcheck.example.org
                 */
                site: string;
            };
            /** @description This newsroom's review: its public fact-check page once published (`/fact-checks/{slug}`, or REVIEW_URL_TEMPLATE), else the ClaimReview of the claim (`GET /v1/claims/{id}/claim-review`). An imported review: its page on the publisher's site. */
            url: string;
            /** @description Always present on this newsroom's reviews; on imported ones when their ClaimReview had a name. */
            title?: string;
            /** @description When the verdict was set (imported reviews: their datePublished, when given). */
            reviewDate?: string;
            /**
             * @description True, Misleading, False or Unverifiable; an imported review's own words ("Pants on fire").
             * @example False
             */
            textualRating: string;
            /** @example en */
            languageCode?: string;
        };
        FactCheckSearchResponse: {
            claims: components["schemas"]["FactCheckClaim"][];
            /** @description Pass as pageToken for the next page; absent on the last page. */
            nextPageToken?: string;
        };
        /** @description An existing claim that closely matches the new one. */
        LikelyDuplicate: {
            id: string;
            text: string;
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description Similarity of the two texts, 0–1 (shared words and figures).
             * @example 0.74
             */
            score: number;
        };
        /** @description The request and the claim it is now linked to (with its demand). */
        LinkedRequest: {
            request: components["schemas"]["Request"];
            claim: components["schemas"]["Claim"];
        };
        LinkRequest: {
            /** @description The claim id. */
            claimId: string;
        };
        /** @description A quantity of the hit equal to one in the query (same value; same unit unless the query gave none). */
        MatchedQuantity: {
            /**
             * @description The figure as the claim writes it.
             * @example more than 11,000 bitcoins
             */
            raw: string;
            /** @example 11000 */
            value: number;
            /** @example BTC */
            unit: string | null;
            /**
             * @description The figure as the query wrote it.
             * @example 11k bitcoin
             */
            queryRaw: string;
        };
        Me: {
            id: string;
            name: string;
            role: components["schemas"]["Role"];
        };
        MergedRequests: {
            /** @description How many requests moved. */
            moved: number;
            claim: components["schemas"]["Claim"];
        };
        MergeRequests: {
            /** @description The claim whose requests move to the claim in the path. */
            fromClaimId: string;
            /** @description Why (e.g. "same claim, logged twice"). */
            reason?: string | null;
        };
        /** @description An RFC 9457 problem document (media type application/problem+json). */
        Problem: {
            /**
             * @description A URI naming the kind of problem.
             * @example urn:claimledger:problem:transition-not-allowed
             */
            type: string;
            /** @description A short, fixed summary of the kind of problem. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong with this request, in words a person can act on. */
            detail: string;
            /** @description The request path the problem occurred on. */
            instance: string;
            /**
             * @description A stable machine-readable code.
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_BODY" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "FORBIDDEN" | "CROSS_SITE_REQUEST" | "ROUTE_NOT_FOUND" | "CLAIM_NOT_FOUND" | "SOURCE_NOT_FOUND" | "EVIDENCE_NOT_FOUND" | "CLAIM_REVIEW_NOT_FOUND" | "API_KEY_NOT_FOUND" | "WEBHOOK_NOT_FOUND" | "WEBHOOK_DELIVERY_NOT_FOUND" | "REQUEST_NOT_FOUND" | "PUBLICATION_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "REQUEST_TIMEOUT" | "NOTHING_TO_PUBLISH" | "PUBLICATION_ALREADY_WITHDRAWN" | "FACT_CHECK_WITHDRAWN" | "TRANSITION_NOT_ALLOWED" | "CLAIM_LOCKED" | "EVIDENCE_ALREADY_RETRACTED" | "DUPLICATE_EVIDENCE" | "SOURCE_URL_CONFLICT" | "SOURCE_CONTENT_CONFLICT" | "API_KEY_ALREADY_REVOKED" | "REQUEST_ALREADY_LINKED" | "REQUEST_NOT_LINKED" | "IDEMPOTENCY_IN_PROGRESS" | "PRECONDITION_FAILED" | "BODY_TOO_LARGE" | "URI_TOO_LONG" | "UNSUPPORTED_MEDIA_TYPE" | "QUOTE_NOT_IN_SOURCE" | "UNKNOWN_REFERENCE" | "WEBHOOK_URL_REFUSED" | "IMPORT_REJECTED" | "IDEMPOTENCY_KEY_REUSED" | "PRECONDITION_REQUIRED" | "RATE_LIMITED" | "HEADERS_TOO_LARGE" | "INTERNAL" | "UNAVAILABLE";
            /** @description For refused workflow changes: the rule that refused it, e.g. "verified-needs-supporting-evidence". */
            rule?: string;
            /** @description For 403: the least role that may do this. */
            requiredRole?: string;
            /** @description For 412: the version the resource is at now. */
            currentVersion?: number;
            /** @description For 412 on a claim: who made the latest change. */
            changedBy?: {
                id: string;
                name: string;
            } | null;
            /** @description For 412 on a claim: when the latest change was made. */
            changedAt?: string;
            /** @description For validation problems: each bad field and what is wrong with it. */
            errors?: {
                path: string;
                message: string;
            }[];
        } & {
            [key: string]: unknown;
        };
        /** @description A claim's public fact-check and the history of its published ratings. */
        Publication: {
            claimId: string;
            /**
             * @description Stable: chosen at the first publication and kept through re-reviews and corrections.
             * @example north-korea-harvested-more-than-11000-bitcoins-in-2017-x1y2z3
             */
            slug: string;
            /** @description The public page (REVIEW_URL_TEMPLATE, by default PUBLIC_BASE_URL/fact-checks/{slug}). */
            url: string;
            /**
             * @description withdrawn: the page answers 410 with the reason.
             * @enum {string}
             */
            state: "published" | "withdrawn";
            /** @description The claim was re-opened, or has a new verdict not yet published: the page says it is under re-review and still shows the published rating. */
            underReview: boolean;
            /** @description The short summary of the claim (≤ 75 characters). */
            claimReviewed: string;
            /**
             * Format: date-time
             * @description The first publication.
             * @example 2026-11-21T10:00:00.000Z
             */
            datePublished: string;
            /** @description When a later rating replaced the first (a correction); null while the first stands. */
            dateModified: string | null;
            withdrawn: {
                /**
                 * Format: date-time
                 * @description ISO-8601 instant.
                 * @example 2026-11-21T10:00:00.000Z
                 */
                at: string;
                by: components["schemas"]["ActorRef"];
                reason: string;
            } | null;
            /** @description The rating readers are shown now. */
            rating: components["schemas"]["PublishedRating"];
            /** @description Every rating published for the claim, oldest first (the last is `rating`). */
            history: components["schemas"]["PublishedRating"][];
        };
        /** @description A rating as it was published. */
        PublishedRating: {
            /**
             * @description The workflow verdict the label counts as.
             * @enum {string}
             */
            verdict: "verified" | "misleading" | "false" | "unverifiable";
            /**
             * @description The rating readers see (ClaimReview alternateName).
             * @example Misleading
             */
            label: string;
            /** @example 3 */
            ratingValue: number;
            /** @example 5 */
            bestRating: number;
            /** @example 1 */
            worstRating: number;
            /** @description The verdict's rationale as published. */
            rationale: string | null;
            /**
             * Format: date-time
             * @description When the verdict was set.
             * @example 2026-11-21T10:00:00.000Z
             */
            reviewedAt: string;
            /**
             * Format: date-time
             * @description ISO-8601 instant.
             * @example 2026-11-21T10:00:00.000Z
             */
            publishedAt: string;
            publishedBy: components["schemas"]["ActorRef"];
            /** @description The audit event that published this rating. */
            audit: {
                seq: number;
                hash: string;
            };
        };
        PublishRequest: {
            /**
             * @description The short summary of the claim shown in search results (ClaimReview claimReviewed), at most 75 characters as Google advises. Defaults to the claim's text, shortened at a word boundary; once set it is kept until changed here.
             * @example North Korea harvested more than 11,000 bitcoins in 2017
             */
            claimReviewed?: string;
        };
        /** @description A number parsed from the claim text. */
        Quantity: {
            /**
             * @description The words in the text the number was read from.
             * @example more than 11,000 bitcoins
             */
            raw: string;
            /** @example 11000 */
            value: number;
            /**
             * @description Canonical unit: BTC, USD, EUR, KRW, percent, year, …; null for a bare number.
             * @example BTC
             */
            unit: string | null;
            /**
             * @description more_than, less_than, at_least, at_most, up_to, about, nearly, exactly.
             * @example more_than
             */
            qualifier: string | null;
        };
        /** @description Where the quote sits in the source snapshot (W3C Web Annotation text quote and position). */
        QuoteSelector: {
            /** @description The quoted text as it appears in the snapshot. */
            exact: string;
            /** @description Up to 32 characters before it. */
            prefix: string;
            /** @description Up to 32 characters after it. */
            suffix: string;
            /** @description Offset of the first character in the snapshot (UTF-16 code units). */
            start: number;
            /** @description Offset just past the last character. */
            end: number;
        };
        /** @description The labels reviewers rate claims with, each on the declared scale and counted as a workflow verdict (RATING_SCALE / RATING_SCALE_FILE). */
        RatingScale: {
            /** @example ClaimLedger */
            name: string;
            /** @example 5 */
            bestRating: number;
            /** @example 1 */
            worstRating: number;
            labels: {
                /** @example Misleading */
                label: string;
                /** @example 3 */
                ratingValue: number;
                /**
                 * @description The workflow verdict the label counts as: its evidence rule applies.
                 * @enum {string}
                 */
                verdict: "verified" | "misleading" | "false" | "unverifiable";
            }[];
        };
        RejectedClaimReview: {
            /** @description Position of the record among the ClaimReviews and other records of the file, from 0; -1 for a JSON-LD block of an HTML page that is not JSON. */
            index: number;
            /** @description The record's url, when it has a usable one. */
            url: string | null;
            /** @example reviewRating is missing: the review needs a rating */
            reason: string;
        };
        /** @description A request ("is this true?"). The requester reference is never returned. */
        Request: {
            /** @example req_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            url: string | null;
            channel: string;
            language: string;
            status: components["schemas"]["RequestStatus"];
            /** @description The claim it is linked to. */
            claimId: string | null;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            linkedAt: string | null;
            linkedBy: components["schemas"]["ActorRef"] | null;
            /** @description When the linked claim's fact-check was published (or the request was linked to a published one). */
            answeredAt: string | null;
        };
        /** @description A known claim the request may be about. */
        RequestMatch: {
            claimId: string;
            text: string;
            status: components["schemas"]["ClaimStatus"];
            /**
             * @description How alike the request and the claim are, 0–1 (shared words and figures).
             * @example 0.62
             */
            similarity: number;
            /** @description Whether the claim has a published (not withdrawn) fact-check. */
            published: boolean;
            /** @description Where to read the claim: its public fact-check page once published, else the claim in the API. */
            url: string;
        };
        /**
         * @description open: not linked to a claim yet; linked: a checker linked it to a claim; answered: that claim's fact-check is published (a verdict alone is not an answer).
         * @enum {string}
         */
        RequestStatus: "open" | "linked" | "answered";
        Retraction: {
            /** @description Why the evidence is retracted. */
            reason: string;
        };
        /**
         * @description reader, checker, reviewer, auditor or admin; see the README for what each may do.
         * @enum {string}
         */
        Role: "reader" | "checker" | "reviewer" | "auditor" | "admin";
        /** @description Why a hit matched a full-text query. */
        SearchMatch: {
            /**
             * @description Relevance, higher is better: bm25 over the query words and quantities. Comparable only within one result list.
             * @example 3.58
             */
            score: number;
            /**
             * @description An excerpt of the text, HTML-escaped, with matched words and figures in <mark>…</mark>.
             * @example North Korea harvested <mark>more than 11,000 bitcoins</mark> in <mark>2017</mark> through mining and thefts.
             */
            snippet: string;
            /**
             * @description Words of the hit that matched query words (after stemming and typo correction), lower-case.
             * @example [
             *       "youbit"
             *     ]
             */
            matchedTerms: string[];
            /** @description Figures of the hit that equal figures of the query. */
            matchedQuantities: components["schemas"]["MatchedQuantity"][];
            /** @description Query words found in no document and replaced by close index terms (stems), e.g. youbti → youbit. */
            corrections: {
                from: string;
                to: string[];
            }[];
        };
        Session: {
            actor: {
                id: string;
                name: string;
                /** @enum {string} */
                role: "reader" | "checker" | "reviewer" | "auditor" | "admin";
            };
            /** @description When the session ends (at most 12 hours, never after its key expires). */
            expiresAt: string;
        };
        /** @description A signed statement of the log size and head hash. Save it: later it proves the log was not rewritten. */
        SignedCheckpoint: {
            checkpoint: {
                /** @description The service that signed (its public base URL). */
                origin: string;
                /** @description How many events the log had. */
                size: number;
                /**
                 * @description The hash of event `size` (64 zeros when size is 0).
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                headHash: string;
            };
            /** @description Ed25519 signature, base64, over the RFC 8785 canonical JSON of `checkpoint`. */
            signature: string;
            /** @description The signing public key, SPKI PEM. Pin it: compare with the key the operator publishes. */
            publicKey: string;
            /** @description First 16 hex digits of sha256 of the public key (SPKI DER). */
            keyId: string;
        };
        SignIn: {
            /** @description Your API key (clk_…). */
            key: string;
        };
        SimilarClaim: {
            /** @example clm_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            text: string;
            claimant: string | null;
            claimantType: components["schemas"]["ClaimantType"] | null;
            claimDate: string | null;
            language: string;
            tags: string[];
            firstAppearance: {
                sourceId: string | null;
                url: string | null;
            } | null;
            /** @description Where the claim appeared, dated ones first in date order. */
            appearances: {
                url: string;
                date: string | null;
            }[];
            status: components["schemas"]["ClaimStatus"];
            /** @description Why the claim has its status (verdict rationale, re-opening reason). */
            statusRationale: string | null;
            /**
             * @description The verdict's label on the rating scale; null without a verdict.
             * @example Misleading
             */
            verdictLabel: string | null;
            /** @description Who set the current verdict. */
            reviewedBy: components["schemas"]["ActorRef"] | null;
            reviewedAt: string | null;
            quantities: components["schemas"]["Quantity"][];
            /** @description Covers the claim and its evidence; bumped by every change and sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            demand: components["schemas"]["DemandCount"];
            match: components["schemas"]["SearchMatch"];
            /**
             * @description Similarity of the two texts, 0–1 (shared words and figures).
             * @example 0.42
             */
            similarity: number;
        };
        Source: {
            /** @example src_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            /** @description The canonical URL. */
            url: string | null;
            citation: string | null;
            title: string;
            publisher: string | null;
            author: string | null;
            publishedAt: string | null;
            kind: components["schemas"]["SourceKind"];
            /** @description The text snapshot (only when reading one source). */
            content?: string | null;
            /** @description SHA-256 of the snapshot, hex. */
            contentSha256: string | null;
            retrievedAt: string | null;
            /** @description Bumped by every change; sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
        };
        /**
         * @description What kind of source this is.
         * @enum {string}
         */
        SourceKind: "news" | "official" | "research" | "primary" | "social" | "other";
        SourceListItem: {
            /** @example src_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            /** @description The canonical URL. */
            url: string | null;
            citation: string | null;
            title: string;
            publisher: string | null;
            author: string | null;
            publishedAt: string | null;
            kind: components["schemas"]["SourceKind"];
            /** @description The text snapshot (only when reading one source). */
            content?: string | null;
            /** @description SHA-256 of the snapshot, hex. */
            contentSha256: string | null;
            retrievedAt: string | null;
            /** @description Bumped by every change; sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            /** @description Present when the list was searched with `q`: why this source matched. */
            match?: components["schemas"]["SearchMatch"];
        };
        /** @description The source an evidence quotes. */
        SourceSummary: {
            id: string;
            url: string | null;
            citation: string | null;
            title: string;
            publisher: string | null;
            kind: components["schemas"]["SourceKind"];
            publishedAt: string | null;
        };
        SourceWithClaims: {
            /** @example src_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            /** @description The canonical URL. */
            url: string | null;
            citation: string | null;
            title: string;
            publisher: string | null;
            author: string | null;
            publishedAt: string | null;
            kind: components["schemas"]["SourceKind"];
            /** @description The text snapshot (only when reading one source). */
            content?: string | null;
            /** @description SHA-256 of the snapshot, hex. */
            contentSha256: string | null;
            retrievedAt: string | null;
            /** @description Bumped by every change; sent as the ETag. */
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"];
            updatedAt: string;
            /** @description The claims this source is active evidence for, with the stance of each link. */
            claims: {
                claimId: string;
                claimText: string;
                claimStatus: string;
                evidenceId: string;
                /** @enum {string} */
                stance: "supports" | "contradicts" | "context";
                /** @description Where the quote sits in this source's snapshot, so a reader can highlight it. */
                quoteSelector: components["schemas"]["QuoteSelector"] | null;
            }[];
        };
        /**
         * @description How the source bears on the claim.
         * @enum {string}
         */
        Stance: "supports" | "contradicts" | "context";
        StatusChange: {
            status: components["schemas"]["ClaimStatus"];
            /** @description The verdict's rationale, or the reason for re-opening. Optional only when moving from unverified to in_review. */
            rationale?: string | null;
            /**
             * @description With a verdict: its label on the rating scale (GET /v1/rating-scale), which must count as that verdict, e.g. "Pants on fire" for false. Default: the scale's first label for the verdict.
             * @example Misleading
             */
            label?: string | null;
        };
        UnlinkRequest: {
            /** @description Why the request does not belong to that claim. */
            reason: string;
        };
        UnpublishRequest: {
            /**
             * @description Why the fact-check is withdrawn: its public page answers 410 with this reason.
             * @example Published by mistake before legal review.
             */
            reason: string;
        };
        /** @description Fields to change. The text of a claim with a verdict cannot change (409): re-open it first. */
        UpdateClaim: {
            /**
             * @description The claim, as a checker would state it.
             * @example North Korea harvested more than 11,000 bitcoins in 2017.
             */
            text?: string;
            /**
             * @description Who made the claim.
             * @example NSA
             */
            claimant?: string | null;
            /**
             * @description When the claim was made (YYYY-MM-DD).
             * @example 2018-03-01
             */
            claimDate?: string | null;
            /**
             * @description BCP-47 language tag of the claim text.
             * @example en
             */
            language?: string;
            /**
             * @description Up to 20 tags.
             * @example [
             *       "north-korea",
             *       "bitcoin"
             *     ]
             */
            tags?: string[];
            firstAppearance?: ({
                /** @description The source id. */
                sourceId: string;
            } | {
                /** Format: uri */
                url: string;
            }) | null;
            claimantType?: components["schemas"]["ClaimantType"] | null;
            /** @description Where the claim appeared (up to 20): each URL with its date where known. Replaces the list on edit. */
            appearances?: {
                /** Format: uri */
                url: string;
                /** @description When it appeared (YYYY-MM-DD or an instant), if known. */
                date?: (string) | null;
            }[];
        };
        /** @description Fields to change; absent fields stay as they are, null clears a field. */
        UpdateSource: {
            /**
             * @description Where the source lives. Canonicalised (lower-case scheme and host, no fragment, no utm_* parameters); a source with the same canonical URL is returned instead of a duplicate.
             * @example https://www.example.com/north-korea-crypto
             */
            url?: string | null;
            /** @description A free-text citation for sources without a URL, e.g. "KDB report, 2018". */
            citation?: string | null;
            /**
             * @description The title of the source.
             * @example North Korea and Crypto-Love
             */
            title?: string;
            /** @description Who published it. */
            publisher?: string | null;
            /** @description Who wrote it. */
            author?: string | null;
            /**
             * @description When it was published: a date or an instant.
             * @example 2018-09-05
             */
            publishedAt?: (string) | null;
            kind?: components["schemas"]["SourceKind"];
            /** @description A text snapshot of the source (at most 1000000 characters). Evidence quotes are checked against it. */
            content?: string | null;
            /** @description When the snapshot was taken; defaults to now when content is given. */
            retrievedAt?: string | null;
        };
        UpdateWebhook: {
            /**
             * @description Where events are POSTed: http or https. Private, loopback and link-local addresses are refused (checked on the resolved address at every delivery) unless WEBHOOK_ALLOWED_ADDRESSES names them.
             * @example https://cms.example.org/hooks/claimledger
             */
            url?: string;
            description?: string | null;
            eventTypes?: components["schemas"]["WebhookEventType"][];
            filter?: components["schemas"]["WebhookFilter"];
            enabled?: boolean;
            /** @description Why (recorded in the audit log; shown as disabledReason when disabling). */
            reason?: string;
        };
        Webhook: {
            /** @example whk_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            url: string;
            description: string | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            filter: {
                tags: string[];
                statuses: ("unverified" | "in_review" | "verified" | "misleading" | "false" | "unverifiable")[];
                channels: string[];
            };
            enabled: boolean;
            /** @description Why it is disabled: by an administrator, or which delivery kept failing. */
            disabledReason: string | null;
            disabledAt: string | null;
            /** @description After a rotation: until when the previous secret still signs beside the new one. */
            previousSecretExpiresAt: string | null;
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"] | null;
            updatedAt: string;
        };
        WebhookDelivery: {
            /**
             * @description The message id, sent as webhook-id (the same on every attempt).
             * @example msg_01jd2x8q0m7k3v5n6p9r4s2t1w
             */
            id: string;
            eventType: components["schemas"]["WebhookEventType"];
            /** @description The audit event it was made from. */
            seq: number;
            /**
             * @description pending (queued or retrying), delivered (a 2xx came back) or failed (retries ran out).
             * @enum {string}
             */
            state: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description While pending: when the next attempt is due. */
            nextAttemptAt: string | null;
            lastAttemptAt: string | null;
            lastStatus: number | null;
            lastError: string | null;
            createdAt: string;
            deliveredAt: string | null;
            /** @description The JSON body as sent: {type, timestamp, data}. */
            payload: unknown;
            /** @description Every attempt, oldest first. */
            log: {
                at: string;
                /** @description The receiver's status; null when none came (timeout, refused address, network error). */
                statusCode: number | null;
                latencyMs: number;
                error: string | null;
            }[];
        };
        /**
         * @description An event a subscription can receive; see the README, Webhooks.
         * @enum {string}
         */
        WebhookEventType: "claim.created" | "claim.status_changed" | "verdict.published" | "verdict.updated" | "verdict.unpublished" | "evidence.added" | "evidence.retracted" | "request.answered";
        /** @description Narrows the events of the chosen types; an absent or empty list does not narrow. */
        WebhookFilter: {
            /** @description Only events about a claim with at least one of these tags. */
            tags?: string[];
            /** @description Only events about a claim that has one of these statuses after the change. */
            statuses?: ("unverified" | "in_review" | "verified" | "misleading" | "false" | "unverifiable")[];
            /** @description request.answered only: the request's channel is one of these. */
            channels?: string[];
        };
        WebhookWithCounts: {
            /** @example whk_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            url: string;
            description: string | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            filter: {
                tags: string[];
                statuses: ("unverified" | "in_review" | "verified" | "misleading" | "false" | "unverifiable")[];
                channels: string[];
            };
            enabled: boolean;
            /** @description Why it is disabled: by an administrator, or which delivery kept failing. */
            disabledReason: string | null;
            disabledAt: string | null;
            /** @description After a rotation: until when the previous secret still signs beside the new one. */
            previousSecretExpiresAt: string | null;
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"] | null;
            updatedAt: string;
            /** @description Messages by state. */
            deliveries: {
                pending: number;
                delivered: number;
                failed: number;
            };
        };
        WebhookWithSecret: {
            /** @example whk_01jd2x8q0m7k3v5n6p9r4s2t1w */
            id: string;
            url: string;
            description: string | null;
            eventTypes: components["schemas"]["WebhookEventType"][];
            filter: {
                tags: string[];
                statuses: ("unverified" | "in_review" | "verified" | "misleading" | "false" | "unverifiable")[];
                channels: string[];
            };
            enabled: boolean;
            /** @description Why it is disabled: by an administrator, or which delivery kept failing. */
            disabledReason: string | null;
            disabledAt: string | null;
            /** @description After a rotation: until when the previous secret still signs beside the new one. */
            previousSecretExpiresAt: string | null;
            version: number;
            createdAt: string;
            createdBy: components["schemas"]["ActorRef"] | null;
            updatedAt: string;
            /**
             * @description The signing secret (Standard Webhooks whsec_ form). Shown only in this response: store it now. Absent from an Idempotency-Key replay: it is stored only encrypted and never shown again; rotate it if it was lost.
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        db: "ok";
                    };
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An OpenAPI 3.1 document. */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimReviewFeed: {
        parameters: {
            query?: {
                /** @description Entries per page, 1–100. */
                limit?: number;
                /** @description The next page, from the previous page's `nextPage` (or its Link rel="next" header). */
                cursor?: string;
                /**
                 * @description Only fact-checks published, corrected or re-published at or after this instant: poll with the time of your last read.
                 * @example 2026-11-21T10:00:00.000Z
                 */
                updatedSince?: string;
            };
            header?: {
                /** @description An ETag of this feed you hold: 304 if it is unchanged. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "*" on the public feeds: any web page may read them. */
                    "Access-Control-Allow-Origin": "*";
                    /** @description The next page of a feed (rel="next"); absent on the last page. */
                    Link?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ClaimReviewFeed"];
                };
            };
            /** @description Not modified: the ETag you sent is current. */
            304: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFactCheckAtomFeed: {
        parameters: {
            query?: {
                /** @description Entries per page, 1–100. */
                limit?: number;
                /** @description The next page, from the previous page's `nextPage` (or its Link rel="next" header). */
                cursor?: string;
                /**
                 * @description Only fact-checks published, corrected or re-published at or after this instant: poll with the time of your last read.
                 * @example 2026-11-21T10:00:00.000Z
                 */
                updatedSince?: string;
            };
            header?: {
                /** @description An ETag of this feed you hold: 304 if it is unchanged. */
                "if-none-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An Atom 1.0 document. */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "*" on the public feeds: any web page may read them. */
                    "Access-Control-Allow-Origin": "*";
                    /** @description The next page of a feed (rel="next"); absent on the last page. */
                    Link?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/atom+xml": string;
                };
            };
            /** @description Not modified: the ETag you sent is current. */
            304: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only claims with this status (repeatable). */
                status?: components["schemas"]["ClaimStatus"] | components["schemas"]["ClaimStatus"][];
                /** @description Only claims with this tag. */
                tag?: string;
                /** @description Only claims by this claimant (exact). */
                claimant?: string;
                /**
                 * @description Only claims changed at or after this instant.
                 * @example 2026-11-21T10:00:00.000Z
                 */
                updatedSince?: string;
                /** @description Full-text query. Words are stemmed, numbers are read as quantities ("11k bitcoin", "40 percent"), typos in rare words are corrected. Results are ordered by relevance. */
                q?: string;
                /**
                 * @description Only claims in this language; "en" also finds "en-GB" (the primary subtag is compared).
                 * @example en
                 */
                language?: string;
                /** @description newest (default) or demand: most linked requests first, then newest. */
                sort?: "newest" | "demand";
                /** @description Only claims with at least this many linked requests. */
                minRequests?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ClaimListItem"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClaim"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedClaim"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    countClaims: {
        parameters: {
            query?: {
                /** @description Only claims with this tag. */
                tag?: string;
                /** @description Only claims by this claimant (exact). */
                claimant?: string;
                /**
                 * @description Only claims changed at or after this instant.
                 * @example 2026-11-21T10:00:00.000Z
                 */
                updatedSince?: string;
                /**
                 * @description Only claims in this language (primary subtag).
                 * @example en
                 */
                language?: string;
                /** @description Only claims with at least this many linked requests. */
                minRequests?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimCounts"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: {
                /**
                 * @description An ISO-8601 instant in the past (auditor or admin role).
                 * @example 2026-11-21T10:00:00.000Z
                 */
                asOf?: string;
            };
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimRead"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateClaim: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale. */
                "if-match": string;
            };
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateClaim"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithEvidence"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale: the resource changed since you read it. Codes: [`PRECONDITION_FAILED`](/docs/errors#PRECONDITION_FAILED). */
            412: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. Codes: [`PRECONDITION_REQUIRED`](/docs/errors#PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeClaimStatus: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale. */
                "if-match": string;
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusChange"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimWithEvidence"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale: the resource changed since you read it. Codes: [`PRECONDITION_FAILED`](/docs/errors#PRECONDITION_FAILED). */
            412: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. Codes: [`PRECONDITION_REQUIRED`](/docs/errors#PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvidence: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Include retracted evidence. */
                includeRetracted?: string;
            };
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Evidence"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    attachEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale. */
                "if-match"?: string;
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateEvidence"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale: the resource changed since you read it. Codes: [`PRECONDITION_FAILED`](/docs/errors#PRECONDITION_FAILED). */
            412: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retractEvidence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale. */
                "if-match"?: string;
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The claim id. */
                id: string;
                /** @description The evidence id. */
                evidenceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Retraction"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Evidence"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale: the resource changed since you read it. Codes: [`PRECONDITION_FAILED`](/docs/errors#PRECONDITION_FAILED). */
            412: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSources: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only sources of this kind. */
                kind?: "news" | "official" | "research" | "primary" | "social" | "other";
                /** @description Full-text query. Words are stemmed, numbers are read as quantities ("11k bitcoin", "40 percent"), typos in rare words are corrected. Results are ordered by relevance. */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SourceListItem"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSource: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSource"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSource: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The source id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceWithClaims"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSource: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version you read. Required for PATCH and status changes: 428 without it, 412 when stale. */
                "if-match": string;
            };
            path: {
                /** @description The source id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSource"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description The version of the resource, e.g. "3". Send it back as If-Match to change the resource. */
                    ETag: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is stale: the resource changed since you read it. Codes: [`PRECONDITION_FAILED`](/docs/errors#PRECONDITION_FAILED). */
            412: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required. Codes: [`PRECONDITION_REQUIRED`](/docs/errors#PRECONDITION_REQUIRED). */
            428: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKey"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The API key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimHistory: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchFactChecks: {
        parameters: {
            query?: {
                /**
                 * @description Text to look for: words, numbers ("11k bitcoin 2017"), typos tolerated. Required unless reviewPublisherSiteFilter is given, as in Google's API.
                 * @example 11k bitcoin 2017
                 */
                query?: string;
                /**
                 * @description BCP-47 code such as "en-US". As in Google's API only the language is considered, not the region.
                 * @example en-US
                 */
                languageCode?: string;
                /**
                 * @description Only claims reviewed by a publisher on this site, e.g. "factcheck.example.org" (the site or a subdomain of it; "www." and a scheme are ignored). This newsroom's site is the host of PUBLISHER_URL. Each claim then lists only that publisher's reviews. Without query, the reviewed claims are listed newest first.
                 * @example factcheck.example.org
                 */
                reviewPublisherSiteFilter?: string;
                /** @description Only claims whose claim date or review date (the newer) is at most this many days old; claims with neither count from when they were logged. */
                maxAgeDays?: number;
                /** @description Results per page, 1–100; default 10 as in Google's API. */
                pageSize?: number;
                /** @description The nextPageToken of the previous page. The other parameters must be the same as in that request. */
                pageToken?: string;
                /** @description Results to skip: 0 starts at the first match, 10 at the eleventh. As in Google's API it is only considered when pageToken is not set. */
                offset?: number;
                /** @description ClaimLedger extension. By default only claims with a verdict are returned, each with one claimReview, as in Google's API. With true, claims still being checked are included with an empty claimReview list. */
                includeUnreviewed?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactCheckSearchResponse"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSimilarClaims: {
        parameters: {
            query?: {
                /** @description How many claims, 1–50. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Best first; the claim itself is left out. */
                        data: components["schemas"]["SimilarClaim"][];
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/ld+json": components["schemas"]["ClaimReview"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Response Codes: [`FACT_CHECK_WITHDRAWN`](/docs/errors#FACT_CHECK_WITHDRAWN). */
            410: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRatingScale: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingScale"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpublishClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnpublishRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                /** @description Only events about this kind of record. */
                entityType?: "claim" | "evidence" | "source" | "api_key" | "request" | "publication" | "external_review";
                /** @description Only events about this record (claim, evidence, source or key id). */
                entityId?: string;
                /** @description Only events of this claim and its evidence. */
                claimId?: string;
                /** @description Only this action, e.g. claim.status_changed. */
                action?: string;
                /** @description Only changes made by this API key id. */
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One canonical JSON event per line. */
            200: {
                headers: {
                    /** @description Suggests a file name when saved. */
                    "Content-Disposition": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": string;
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditVerification"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditCheckpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedCheckpoint"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkAuditConsistency: {
        parameters: {
            query: {
                /** @description The `checkpoint.size` of the checkpoint you kept. */
                size: number;
                /**
                 * @description The `checkpoint.headHash` of the checkpoint you kept.
                 * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
                 */
                headHash: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditConsistency"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The console session cookie (HttpOnly, SameSite=Strict): set on sign-in, cleared on sign-out. */
                    "Set-Cookie": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            204: {
                headers: {
                    /** @description The console session cookie (HttpOnly, SameSite=Strict): set on sign-in, cleared on sign-out. */
                    "Set-Cookie": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Webhook"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithCounts"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhook"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The webhook subscription id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description How long the old secret keeps signing; 0 drops it at once. */
                    overlapSeconds?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description The webhook subscription id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookDelivery"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook subscription id. */
                id: string;
                /** @description The webhook delivery id. */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Response */
            202: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description Page size, 1–100. */
                limit?: number;
                /** @description The nextCursor of the previous page. */
                cursor?: string;
                status?: components["schemas"]["RequestStatus"];
                /** @description Only requests from this channel. */
                channel?: string;
                /** @description Only requests linked to this claim. */
                claimId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Request"][];
                        /** @description Pass as ?cursor= for the next page; null on the last page. */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRequest"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The request id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Request"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The request id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequest"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createClaimFromRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The request id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimFromRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description The path of the resource that was created (or, for a source whose URL is known, that already exists). */
                    Location: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkedRequest"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlinkRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The request id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnlinkRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Request"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeClaimRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MergeRequests"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MergedRequests"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimDemand: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The claim id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Demand"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found. Codes: [`ROUTE_NOT_FOUND`](/docs/errors#ROUTE_NOT_FOUND), [`CLAIM_NOT_FOUND`](/docs/errors#CLAIM_NOT_FOUND), [`SOURCE_NOT_FOUND`](/docs/errors#SOURCE_NOT_FOUND), [`EVIDENCE_NOT_FOUND`](/docs/errors#EVIDENCE_NOT_FOUND), [`CLAIM_REVIEW_NOT_FOUND`](/docs/errors#CLAIM_REVIEW_NOT_FOUND), [`API_KEY_NOT_FOUND`](/docs/errors#API_KEY_NOT_FOUND), [`WEBHOOK_NOT_FOUND`](/docs/errors#WEBHOOK_NOT_FOUND), [`WEBHOOK_DELIVERY_NOT_FOUND`](/docs/errors#WEBHOOK_DELIVERY_NOT_FOUND), [`REQUEST_NOT_FOUND`](/docs/errors#REQUEST_NOT_FOUND), [`PUBLICATION_NOT_FOUND`](/docs/errors#PUBLICATION_NOT_FOUND). */
            404: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamEvents: {
        parameters: {
            query?: {
                /** @description The same as the Last-Event-ID header, for clients that cannot set headers; the header wins. */
                lastEventId?: number;
                /** @description false: send the events after Last-Event-ID up to now, then end. */
                follow?: string;
            };
            header?: {
                /** @description The id of the last event received; the stream resumes after it. */
                "last-event-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Server-Sent Events: `id: <seq>` and `data: <event JSON>` per event. */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importClaimReviews: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retrying a POST with the same key and body replays the first response; the same key with another body is 422. Kept 24 hours. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description ClaimReview JSON-LD (application/json or application/ld+json), or an HTML page (text/html). */
        requestBody: {
            content: {
                "application/json": unknown;
                "application/ld+json": unknown;
                "text/html": unknown;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimReviewImportReport"];
                };
            };
            /** @description The request is invalid; `errors` lists each bad field. Codes: [`VALIDATION_FAILED`](/docs/errors#VALIDATION_FAILED), [`MALFORMED_BODY`](/docs/errors#MALFORMED_BODY), [`MALFORMED_REQUEST`](/docs/errors#MALFORMED_REQUEST). */
            400: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or an unknown, revoked or expired one. Codes: [`UNAUTHENTICATED`](/docs/errors#UNAUTHENTICATED). */
            401: {
                headers: {
                    /** @description How to authenticate: a bearer API key. */
                    "WWW-Authenticate": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Your role may not do this (`requiredRole` names the role needed), or a cookie-authenticated change came from another origin. Codes: [`FORBIDDEN`](/docs/errors#FORBIDDEN), [`CROSS_SITE_REQUEST`](/docs/errors#CROSS_SITE_REQUEST). */
            403: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; `rule` or `code` says which rule. Codes: [`NOTHING_TO_PUBLISH`](/docs/errors#NOTHING_TO_PUBLISH), [`PUBLICATION_ALREADY_WITHDRAWN`](/docs/errors#PUBLICATION_ALREADY_WITHDRAWN), [`TRANSITION_NOT_ALLOWED`](/docs/errors#TRANSITION_NOT_ALLOWED), [`CLAIM_LOCKED`](/docs/errors#CLAIM_LOCKED), [`EVIDENCE_ALREADY_RETRACTED`](/docs/errors#EVIDENCE_ALREADY_RETRACTED), [`DUPLICATE_EVIDENCE`](/docs/errors#DUPLICATE_EVIDENCE), [`SOURCE_URL_CONFLICT`](/docs/errors#SOURCE_URL_CONFLICT), [`SOURCE_CONTENT_CONFLICT`](/docs/errors#SOURCE_CONTENT_CONFLICT), [`API_KEY_ALREADY_REVOKED`](/docs/errors#API_KEY_ALREADY_REVOKED), [`REQUEST_ALREADY_LINKED`](/docs/errors#REQUEST_ALREADY_LINKED), [`REQUEST_NOT_LINKED`](/docs/errors#REQUEST_NOT_LINKED), [`IDEMPOTENCY_IN_PROGRESS`](/docs/errors#IDEMPOTENCY_IN_PROGRESS). */
            409: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. Codes: [`BODY_TOO_LARGE`](/docs/errors#BODY_TOO_LARGE). */
            413: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Send application/json. Codes: [`UNSUPPORTED_MEDIA_TYPE`](/docs/errors#UNSUPPORTED_MEDIA_TYPE). */
            415: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but refers to something missing or does not match (e.g. a quote not in the source). Codes: [`QUOTE_NOT_IN_SOURCE`](/docs/errors#QUOTE_NOT_IN_SOURCE), [`UNKNOWN_REFERENCE`](/docs/errors#UNKNOWN_REFERENCE), [`WEBHOOK_URL_REFUSED`](/docs/errors#WEBHOOK_URL_REFUSED), [`IMPORT_REJECTED`](/docs/errors#IMPORT_REJECTED), [`IDEMPOTENCY_KEY_REUSED`](/docs/errors#IDEMPOTENCY_KEY_REUSED). */
            422: {
                headers: {
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this key or address; wait Retry-After seconds. Codes: [`RATE_LIMITED`](/docs/errors#RATE_LIMITED). */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After": string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service is overloaded, shutting down or cannot reach its database; retry after Retry-After seconds. Codes: [`UNAVAILABLE`](/docs/errors#UNAVAILABLE). */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying. */
                    "Retry-After"?: string;
                    /** @description Requests allowed per window for this key (or, without a known key, this address). Sent while rate limiting is on (RATE_LIMIT_MAX > 0). */
                    "RateLimit-Limit"?: string;
                    /** @description Requests left in the current window. */
                    "RateLimit-Remaining"?: string;
                    /** @description Seconds until the window resets. */
                    "RateLimit-Reset"?: string;
                    /** @description "no-store" on every response to a request with a key or session: keyed answers are personal, so no cache may keep them. The public feeds send "public, max-age=60". */
                    "Cache-Control"?: "no-store" | "public, max-age=60";
                    /** @description "true" when this is the stored response of an earlier request with the same Idempotency-Key, replayed; absent otherwise. */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
