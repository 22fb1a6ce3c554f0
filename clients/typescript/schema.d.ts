/**
 * The CG Scanning API V2, as TypeScript types: generated from openapi.json by clients/typescript/generate.mjs
 * (openapi-typescript). Do not edit: run `npm run openapi` then `npm run client`.
 */

export interface paths {
    "/v2/user/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get current user */
        get: operations["Users_me"];
        /**
         * Update current user
         * @description Changing the email needs, when the user has a second factor, a second factor proved by this session within the last STEP_UP_WINDOW_SECONDS (sign-in with a code, a step-up) or x-mfa-step-up-token.
         */
        put: operations["Users_updateMe"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get current user permissions
         * @description Derived from the routes: `<resource>:read` / `<resource>:write` for each API resource (the path segment after `/v2/`) that at least one route opens to your role (and, for plan features, your organization's plan). Finer rules are enforced per record (e.g. port lists: any user writes its organization's own lists; built-in lists are read-only except for super admins).
         */
        get: operations["Users_permissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete my account
         * @description Refused (409) while you own resources others depend on (see GET /v2/user/can_be_deleted). Needs x-mfa-step-up-token with 2FA on.
         */
        delete: operations["Users_deleteMe"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/can_be_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether my account can be deleted, and why not */
        get: operations["Users_canBeDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/transfer_resources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move every resource of one user to another of the same organization (one transaction) */
        put: operations["Users_transferResources"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Users of the organizations the caller manages.
         */
        get: operations["UsersAdmin_list"];
        put?: never;
        /**
         * Create a user
         * @description No password: unless `confirmed` is true the user gets a confirmation email and chooses a password when confirming.
         */
        post: operations["UsersAdmin_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/invite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite a user
         * @description Creates the user and emails a single-use invitation link valid 7 days.
         */
        post: operations["UsersAdmin_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import users from CSV
         * @description Body: a CSV file (Content-Type text/csv) with a header row. Columns: username, email (required), role, first_name, last_name, organization_id, locale, timezone, confirmed; the export's id, verified, blocked and created_at columns are ignored. At most 1000 rows. Any bad row rejects the whole file (422 naming the rows, header = row 1) and nothing is created.
         */
        post: operations["UsersAdmin_importCsv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export users as CSV (streamed)
         * @description Columns: id, username, email, role, first_name, last_name, organization_id, locale, timezone, verified, blocked, created_at. Takes the filters of GET /v2/users; not paged.
         */
        get: operations["UsersAdmin_exportCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a user */
        get: operations["UsersAdmin_get"];
        /**
         * Update a user
         * @description Profile, username, email, role (never above yours) and `blocked`. Not the password.
         */
        put: operations["UsersAdmin_update"];
        post?: never;
        /**
         * Delete a user
         * @description Refused (409) while the user owns resources: see can_be_deleted, transfer them first.
         */
        delete: operations["UsersAdmin_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/can_be_deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether a user can be deleted, and why not */
        get: operations["UsersAdmin_canBeDeleted"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/inherit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Move every resource of from_user_id to this user (one transaction) */
        put: operations["UsersAdmin_inherit"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/partner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Make a user of a partner organization a partner user */
        put: operations["UsersAdmin_setPartner"];
        post?: never;
        /** Remove the partner flag of a user */
        delete: operations["UsersAdmin_unsetPartner"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/resend_confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a new confirmation email
         * @description Earlier confirmation links stop working.
         */
        post: operations["UsersAdmin_resendConfirmation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/{id}/sso_link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a one-time SSO login link
         * @description For a user of lower role in an organization you manage. Valid 5 minutes, once; exchanged at POST /auth/sso_link_login. 2FA still applies.
         */
        post: operations["UsersAdmin_ssoLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show what a confirmation link is for
         * @description Does not use the token up.
         */
        get: operations["Accounts_confirmationInfo"];
        put?: never;
        /**
         * Confirm a user
         * @description Single use. Sets the password when the account has none yet. Does not sign in.
         */
        post: operations["Accounts_confirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pre-accept invitation check
         * @description Valid or not, for which organization and email. Does not use the token up.
         */
        get: operations["Accounts_invitationInfo"];
        /**
         * Accept an invitation
         * @description Single use, 7 days. Sets the password and profile, confirms the account. Does not sign in.
         */
        put: operations["Accounts_acceptInvitation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reset password
         * @description Single use token, valid 1 hour. Ends every session of the user, does not sign in (the second factor applies at the next sign-in), emails the user.
         */
        put: operations["Accounts_reset"];
        /**
         * Forgot password
         * @description Same answer whether or not the account exists; the email (link valid 1 hour) is sent in the background. Rate limited per email and per IP.
         */
        post: operations["Accounts_forgot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sso_link_login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * SSO link login
         * @description Exchanges a one-time link token for a session. With 2FA on, answers `{otp_session_state, methods}` and no token, as sign-in does.
         */
        post: operations["Accounts_ssoLinkLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/impersonate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Impersonate a user
         * @description Admins: users of lower role in organizations they manage; Super Admins: any user of lower role. Never a blocked user, never nested. The session lasts at most 1 hour and its token carries the RFC 8693 `act` claim. While it lasts, credential changes are refused (403).
         */
        post: operations["Accounts_impersonate"];
        /**
         * Stop impersonating
         * @description Called with the impersonation token. Ends it and returns a session for the admin (for what was left of the admin’s own session).
         */
        delete: operations["Accounts_stopImpersonating"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/organization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get current organization */
        get: operations["CurrentOrganization_get"];
        /** Update current organization (Admin) */
        put: operations["CurrentOrganization_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/organization/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update current organization settings (Admin)
         * @description `exceptions_self_approval` (default false): whether an Admin may approve an exception they created or last changed (`PUT /v2/exceptions/activate`). Shown in `settings`; also accepted by `PUT /v2/user/organization`.
         */
        put: operations["CurrentOrganization_updateSettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/organization/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get organization members */
        get: operations["CurrentOrganization_members"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List organizations
         * @description Own organization, a partner's customers too, every one for super admins.
         */
        get: operations["Organizations_list"];
        put?: never;
        /**
         * Create an organization
         * @description Super admins create any organization; a partner Admin creates its customers. Subscribed to the default plan unless skip_default_subscription (then `plans` is required).
         */
        post: operations["Organizations_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the organizations in reach to a CSV file (streamed)
         * @description Takes the filters of GET /v2/organizations (`q[...]`, `q`, date ranges); not paged.
         */
        get: operations["Organizations_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Move a user to another organization
         * @description Answers the destination organization.
         */
        put: operations["Organizations_move"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an organization */
        get: operations["Organizations_show"];
        /** Update an organization */
        put: operations["Organizations_update"];
        post?: never;
        /** Delete an organization without users, customers or records */
        delete: operations["Organizations_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/users/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a customer: organization, subscription and users in one call
         * @description All or nothing: any invalid part (a taken username, a bad plan, a limit) leaves nothing behind. Partner Admins and super admins.
         */
        post: operations["Customers_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List products */
        get: operations["Products_list"];
        put?: never;
        /** Create a product (Super Admin) */
        post: operations["Products_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a product */
        get: operations["Products_show"];
        /** Update a product (Super Admin) */
        put: operations["Products_update"];
        post?: never;
        /** Delete a product without plans (Super Admin) */
        delete: operations["Products_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List plans */
        get: operations["Plans_list"];
        put?: never;
        /**
         * Create a plan (Super Admin)
         * @description Features: see the schema of `features`.
         */
        post: operations["Plans_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a plan */
        get: operations["Plans_show"];
        /** Update a plan (Super Admin) */
        put: operations["Plans_update"];
        post?: never;
        /** Delete a plan no subscription uses (Super Admin) */
        delete: operations["Plans_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe the caller's organization to a plan
         * @description Admins: self-service plans only.
         */
        post: operations["OrganizationSubscriptions_subscribeOwn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Subscribe an organization to a plan
         * @description Super admin, or the partner of a customer organization. One active subscription per product (409). A partner cannot hand out more than its own limits (403 plan.limit_exceeded).
         */
        post: operations["OrganizationSubscriptions_subscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unsubscribe an organization from a plan (the subscription becomes canceled) */
        post: operations["OrganizationSubscriptions_unsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/dependent_subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions of a partner's customer organizations */
        get: operations["OrganizationSubscriptions_dependents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organization's effective limits and feature flags
         * @description null limit = unlimited.
         */
        get: operations["OrganizationSubscriptions_entitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All subscriptions of an organization */
        get: operations["OrganizationSubscriptions_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/subscriptions/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Subscriptions of an organization in force now */
        get: operations["OrganizationSubscriptions_active"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/subscriptions/{sub_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a subscription of an organization */
        get: operations["OrganizationSubscriptions_show"];
        /** Update an organization's subscription (status, end date, price, trial) */
        put: operations["OrganizationSubscriptions_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/organizations/{id}/subscriptions/{sub_id}/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign features to a subscription (they override the plan) */
        post: operations["OrganizationSubscriptions_assign"];
        /** Revoke assigned features from a subscription */
        delete: operations["OrganizationSubscriptions_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/active_plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Current user's active plans (subscriptions of its organization in force now) */
        get: operations["UserPlans_activePlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/subscriptions_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every subscription of the current user's organization, whatever its status */
        get: operations["UserPlans_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Products, with whether the organization subscribes to each and which one is active for the user */
        get: operations["UserPlans_products"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/product": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the user's active product (one its organization subscribes to) */
        put: operations["UserPlans_changeProduct"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/whitelabel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public branding of a portal domain (API key only) */
        get: operations["Whitelabel_byDomain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/whitelabel/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Branding of the caller's organization (or of one in reach), with what is inherited from the partner */
        get: operations["Whitelabel_show"];
        /** Update branding (Admin; a partner for its customers with organization_id) */
        put: operations["Whitelabel_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/preferences/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user's notification preferences, one per event */
        get: operations["NotificationPreferences_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/preferences/notifications/{event}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enable notifications for an event */
        put: operations["NotificationPreferences_enable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/preferences/notifications/{event}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Disable notifications for an event */
        put: operations["NotificationPreferences_disable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign_in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Password step. With 2FA on, answers `{otp_session_state, methods}` and no token; call again with `otp_attempt`, `otp_session_state` (and `method`) to get the token. Failures are throttled per account and per IP (429 + Retry-After).
         */
        post: operations["Auth_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign_out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out: the session token stops working at once */
        delete: operations["Auth_signOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change current user password
         * @description Needs the current password; ends every other session.
         */
        put: operations["UserCredentials_changePassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/valid_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check that the authorization token is valid */
        get: operations["UserCredentials_validToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/generate_access_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Generate a new access token
         * @description Replaces any previous token. The token is shown once; send it as `Authorization: Basic <token>`.
         */
        put: operations["UserCredentials_generate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/revoke_access_token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Revoke the current access token */
        put: operations["UserCredentials_revoke"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api_keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (never the keys themselves) */
        get: operations["ApiKeys_list"];
        put?: never;
        /** Create an API key: the key is in this answer only */
        post: operations["ApiKeys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/api_keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key */
        delete: operations["ApiKeys_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/audit/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List audit events
         * @description Admins see their organizations' events; super admins all.
         */
        get: operations["Audit_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/audit/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an audit event */
        get: operations["Audit_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["Health_metricsText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List targets
         * @description Filter hosts with q[hosts]=192.168.* (matches any entry).
         */
        get: operations["Targets_list"];
        put?: never;
        /**
         * Create a target
         * @description Each entry is validated (422 naming the bad entry, e.g. `target.hosts[2] ...`) and checked against the networks that may never be scanned (SCAN_DENY_NETWORKS); the host count is checked against the plan's number_of_ips (403 plan.limit_exceeded).
         */
        post: operations["Targets_create"];
        /**
         * Delete targets
         * @description Deletes the given targets of your organizations; other ids are skipped.
         */
        delete: operations["Targets_removeMany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/targets/calculate_hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate hosts
         * @description Validates host entries and counts distinct hosts without saving anything. Same rules and 422s as creating a target.
         */
        post: operations["Targets_calculate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a target */
        get: operations["Targets_show"];
        /**
         * Update a target
         * @description Each entry is validated (422 naming the bad entry, e.g. `target.hosts[2] ...`) and checked against the networks that may never be scanned (SCAN_DENY_NETWORKS); the host count is checked against the plan's number_of_ips (403 plan.limit_exceeded).
         */
        put: operations["Targets_update"];
        post?: never;
        /** Delete a target */
        delete: operations["Targets_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List port lists
         * @description Built-in lists and those of your organizations.
         */
        get: operations["PortLists_list"];
        put?: never;
        /**
         * Create a port list
         * @description Ranges are TCP/UDP 1-65535; overlapping and adjacent ranges are merged.
         */
        post: operations["PortLists_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activated port lists */
        get: operations["PortLists_activated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync the built-in port lists
         * @description Restores every built-in list from the data files shipped with the product (re-creating deleted ones).
         */
        post: operations["PortLists_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a port list */
        get: operations["PortLists_show"];
        /**
         * Update a port list
         * @description port_ranges, when given, replaces every range. Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        put: operations["PortLists_update"];
        post?: never;
        /**
         * Delete a port list
         * @description 409 while a scan profile or scan uses it. Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        delete: operations["PortLists_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}/port_ranges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a port range to a port list
         * @description Merged with the ranges it overlaps or touches (those get one new id). Answers the whole list. Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        post: operations["PortLists_addRange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}/port_ranges/{range_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a port range from a port list
         * @description Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        delete: operations["PortLists_removeRange"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate a port list
         * @description Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        put: operations["PortLists_activate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Deactivate a port list
         * @description Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        put: operations["PortLists_deactivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_lists/{id}/app_type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the app_type of a port list
         * @description ?app_type=all|builtin|nmap. Built-in lists (builtin: true) can be changed by super admins only (403 otherwise).
         */
        put: operations["PortLists_appType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List scanners
         * @description Super admins see every scanner; other users the scanners their organizations may use.
         */
        get: operations["Scanners_list"];
        put?: never;
        /** Create a scanner */
        post: operations["Scanners_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List activated scanners
         * @description Super admins see every scanner; other users the scanners their organizations may use.
         */
        get: operations["Scanners_activated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a scanner
         * @description Super admins see every scanner; other users the scanners their organizations may use.
         */
        get: operations["Scanners_show"];
        /**
         * Update a scanner
         * @description organization_ids replaces the assignments ([]: usable by every organization).
         */
        put: operations["Scanners_update"];
        post?: never;
        /**
         * Delete a scanner
         * @description 409 for the default scanner or one still used by scans.
         */
        delete: operations["Scanners_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Activate a scanner */
        put: operations["Scanners_activate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Deactivate a scanner
         * @description Scans can no longer start on it (422 when they name it).
         */
        put: operations["Scanners_deactivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}/app_type": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update the app type of a scanner
         * @description ?app_type=builtin|nmap; clears the last verification.
         */
        put: operations["Scanners_appType"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Assign a scanner to an organization
         * @description Once assigned to one or more organizations, only those may use the scanner. Remove assignments with PUT organization_ids.
         */
        put: operations["Scanners_assign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scanners/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a scanner
         * @description Checks that the engine really can run here (nmap: the binary and its version; builtin: the built-in engine). ok=false says why.
         */
        post: operations["Scanners_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scan_profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List scan profiles (configs)
         * @description Which checks run, with which port list, timeout and concurrency.
         */
        get: operations["ScanProfiles_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scan_profiles/activated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List activated scan profiles */
        get: operations["ScanProfiles_activated"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List Schedules */
        get: operations["Schedules_list"];
        put?: never;
        /**
         * Create Schedule
         * @description Runs a scan once or on a recurrence (RFC 5545) in an IANA time zone. 501 while the scans module is not installed.
         */
        post: operations["Schedules_create"];
        /** Delete schedules */
        delete: operations["Schedules_removeMany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/first_date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate First Time Schedule Date
         * @description The first run at or after now of the given schedule; nothing is saved.
         */
        post: operations["Schedules_firstDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/next_dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Calculate Next Schedule Dates
         * @description The next `count` (≤ 100) runs from now; nothing is saved.
         */
        post: operations["Schedules_nextDates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/schedules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a schedule */
        get: operations["Schedules_get"];
        /**
         * Updates a schedule
         * @description Fields not given keep their value; null clears end_date or count.
         */
        put: operations["Schedules_update"];
        post?: never;
        /** Delete a schedule */
        delete: operations["Schedules_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/upcoming": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List upcoming scans
         * @description Next runs of enabled schedules, soonest first (date ranges apply to next_run_at).
         */
        get: operations["UpcomingScans_upcoming"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List scans */
        get: operations["Scans_list"];
        put?: never;
        /**
         * Create a scan
         * @description The target must be one of your organizations’; scanner and profile default when omitted.
         */
        post: operations["Scans_create"];
        /**
         * Delete scans
         * @description Deletes the given scans of your organizations that are not running; other ids are skipped.
         */
        delete: operations["Scans_bulkDelete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List completed scans
         * @description Scans whose latest run completed.
         */
        get: operations["Scans_completed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/running": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List running scans
         * @description Scans with a run queued or running, with its progress.
         */
        get: operations["Scans_running"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a scan
         * @description With the status and progress of its latest run.
         */
        get: operations["Scans_get"];
        /**
         * Update a scan
         * @description Changes apply to the next run.
         */
        put: operations["Scans_update"];
        post?: never;
        /**
         * Delete a scan
         * @description With its runs and their results. 409 while a run is queued or running.
         */
        delete: operations["Scans_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a scan
         * @description Queues a run (202). 409 when a run is already queued or running. A run goes queued → running → completed | stopped | failed. Progress (0-100) and heartbeat are updated every second; a run whose worker stops sending heartbeats for 60 s is retried once, then failed.
         */
        post: operations["Scans_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop a scan
         * @description Stops the queued or running run; the engine is aborted. 409 when nothing runs.
         */
        post: operations["Scans_stop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/histories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the runs of a scan */
        get: operations["ScanResults_histories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/histories/{history_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a run
         * @description Status, progress, heartbeat, error, and statistics once completed.
         */
        get: operations["ScanResults_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the hosts of a run
         * @description Results of one run: `q[history_id]` picks it; default the latest completed run.
         */
        get: operations["ScanResults_hosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/hosts/{host_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a host of a run
         * @description With its services (port, protocol, service, product, version, banner).
         */
        get: operations["ScanResults_host"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the findings of a run
         * @description Results of one run: `q[history_id]` picks it; default the latest completed run. `change` says new or persisting compared with the previous run. `meta.total` is exact up to 10,000. `exception` is the exception covering the finding now (`q[exception_status]`, `q[exception_reason]` filter on it; an active disputed severity shows as `severity`, the run's as `original_severity`); the other filters apply to what the run observed.
         */
        get: operations["ScanResults_vulnerabilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/vulnerabilities/{vulnerability_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a finding of a run
         * @description Description, solution, CVSS, references, evidence, PCI status.
         */
        get: operations["ScanResults_vulnerability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/{id}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Statistics of a scan
         * @description Of one run (`history_id`, default the latest completed): hosts, open ports, findings by severity, PCI status, new/fixed/persisting versus the previous run; and run counts. Findings under an active exception count as the exception says (as in the vulnerability widgets), `exceptions` counts them by reason.
         */
        get: operations["ScanResults_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List vulnerabilities
         * @description Findings deduplicated per organization by (host, port, protocol, check id), with first/last seen and status open/fixed/reopened. Default order: severity, most severe first, then known exploited (CISA KEV) first, then higher EPSS score first. Dates filter on last_seen_at. `known_exploited`, `kev_due_date`, `epss_score` and `epss_percentile` come from the imported KEV catalogue and EPSS scores (`npm run cli -- kev:import`, `epss:import`); they filter (`q[known_exploited]=true`, `q[epss_score_gteq]=0.5`) and sort. `exception` is the exception covering a finding; `q[exception_status]` (pending, active, none) and `q[exception_reason]` (a reason, none) filter on it; `severity` is the effective one (recast by an active disputed severity), `original_severity` the reported one. `meta.total` is exact up to 10,000 matches; beyond that it is 10,000 and `meta.total_capped` is true. A count that would take longer than 40 ms (a rare filter over millions of findings) is replaced by the database planner's estimate and `meta.total_estimated` is true.
         */
        get: operations["Vulnerabilities_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/widgets/total": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Vulnerability totals
         * @description Counts by status and, for open findings, by severity. Takes the filters of GET /v2/vulnerabilities (`q[...]`, date ranges on last_seen_at) to count a part of the findings; not paged. Exceptions count: an active false positive, compensating control or accepted risk takes a finding out of `open` (shown in `exceptions`), a disputed severity counts it at the recast severity. `known_exploited`, `known_exploited_overdue` (past the KEV due date) and `epss_at_least_10` count open findings.
         */
        get: operations["Vulnerabilities_total"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/widgets/top": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top vulnerabilities
         * @description Checks with the most open findings (`limit`, default 10). Takes the filters of GET /v2/vulnerabilities to rank a part of the findings (e.g. `q[host]=10.0.0.*`, `q[severity]=critical`).
         */
        get: operations["Vulnerabilities_top"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/widgets/pci_compliant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * PCI ASV compliance
         * @description Compliant when no open finding fails PCI ASV (CVSS ≥ 4.0 or an automatic failure). Active exceptions count as ASV disputes: a false positive or compensating control passes, a disputed severity fails from medium up, an accepted risk still fails. Filters on hosts and their findings alike: `q[host]`, `q[hostname]`, `q[host_id]`, `q[scan_id]`, `q[organization_id]`, date ranges on last_seen_at.
         */
        get: operations["Vulnerabilities_pci"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a vulnerability (details, evidence, PCI status) */
        get: operations["Vulnerabilities_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List hosts
         * @description Every host the organization scanned, one per address. `meta.total` is exact up to 10,000 (`meta.total_capped`), or an estimate when counting would be slow (`meta.total_estimated`).
         */
        get: operations["Hosts_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hosts/most_vulnerable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Most vulnerable hosts
         * @description Hosts with open findings, highest risk score first (critical×1000 + high×100 + medium×10 + low): the hosts list with its filters, sorting and paging. `limit` (1-100) is kept as another name for `per_page`.
         */
        get: operations["Hosts_mostVulnerable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/hosts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a host */
        get: operations["Hosts_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/scans/wizard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create target + scan (+ schedule) at once
         * @description Creates a target, a scan of it and, when `schedule` is given, its schedule; optionally starts a first run. Any error (422 naming `target.`, `scan.` or `schedule.` fields) leaves nothing created.
         */
        post: operations["ScanWizard_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the SAQ types
         * @description The 10 self-assessment questionnaire types of PCI DSS v4.0.1 (A, A-EP, B, B-IP, C, C-VT, D-Merchant, D-SP, P2PE, SPoC): who each is for, its eligibility criteria, response options and number of questions. A fixed catalogue shipped with the product, listed with the usual grammar (e.g. `q[applies_to]=merchant`, `q[channels]=ecommerce`, `sort_by=requirement_count:desc`).
         */
        get: operations["SaqTypes_types"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/types/{type}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The questions of an SAQ type
         * @description Every requirement of the type by PCI DSS number, grouped by principal requirement, in this product's own wording, with the ASV-scan flag (11.3.2) and scope notes. `type` is case-insensitive.
         */
        get: operations["SaqTypes_template"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/recommend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Which SAQ fits (extension)
         * @description Takes answers about payment channels and how card data is handled and answers the SAQ type with the reasons, the type each channel alone points to, and why each other type does not fit. Changes nothing. Unknown questions, invalid values and missing answers are 422s naming the field.
         */
        post: operations["SaqTypes_recommend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List SAQs
         * @description Self-assessment questionnaires of your organizations. Items leave out `answers` (GET one SAQ for them). `status` follows the AOC (Part 3): compliant when every requirement is in place, in place with CCW or not applicable (SAQ D: not tested requirements are excepted and `partial` is true); compliant_with_legal_exception when the only not-in-place answers have `legal_exception: true`; non_compliant otherwise (including unanswered requirements).
         */
        get: operations["Saqs_list"];
        put?: never;
        /**
         * Start an SAQ
         * @description Part 1 is prefilled from the organization (company name, address, website, contact); given fields override it. If the organization has a template for the type (PUT /v2/saqs/{id}/template), the new SAQ starts from the template's answers and Part 2 (eligibility to be confirmed again). Answers may be given at once, with the same rules as PUT.
         */
        post: operations["Saqs_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show an SAQ (JSON, or PDF with ?format=pdf)
         * @description `status` follows the AOC (Part 3): compliant when every requirement is in place, in place with CCW or not applicable (SAQ D: not tested requirements are excepted and `partial` is true); compliant_with_legal_exception when the only not-in-place answers have `legal_exception: true`; non_compliant otherwise (including unanswered requirements). `asv_evidence` is the organization's latest completed scan run with a PCI pass result from the last 90 days (frozen at approval). With `format=pdf` the answer is the questionnaire and the Attestation of Compliance as one PDF, branded with the whitelabel settings (Parts 1-2, answers by requirement, compensating controls worksheets, explanations, action plan, Part 3 with the signer).
         */
        get: operations["Saqs_show"];
        /**
         * Save answers and Part 1/2 (partial)
         * @description Answers by requirement id; requirements not named keep their answers, `null` clears one. Unknown requirement ids, options the type does not offer, and missing explanations (reason for not applicable / not tested, remediation date for not in place, the six CCW fields for in place with CCW) are 422s naming the field; nothing is saved then. An approved SAQ is read-only (409).
         */
        put: operations["Saqs_update"];
        post?: never;
        /**
         * Delete a draft SAQ
         * @description An approved SAQ is kept as the record (409).
         */
        delete: operations["Saqs_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start next year's SAQ from this one
         * @description Same type, answers and Part 1/2 (eligibility to be confirmed again), unapproved, for the next assessment period (default: the year after this one). Body optional: `{"saq": {"assessment_period": {"start", "end"}}}`.
         */
        post: operations["Saqs_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approve (attest) an SAQ
         * @description An Admin with a second factor attests (AOC Part 3b: name, title, date) with a fresh step-up token (`x-mfa-step-up-token`, always: a session's recent second factor does not sign for it); not while impersonating (the attestation is the officer's own). 409 `saq.incomplete` while requirements are unanswered, `saq.eligibility_not_confirmed` before part2.eligibility_confirmed, `saq.asv_scan_required` when the type contains 11.3.2, 11.3.2 is attested and the organization has no passing PCI ASV scan from the last 90 days; 403 `mfa.enrollment_required` without any second factor; 422 when a non-compliant result has no target_date. The approved SAQ is read-only, the approval is audited and `saq.approved` is published with it.
         */
        put: operations["Saqs_approve"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/saqs/{id}/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Make this SAQ the organization's template for its type
         * @description New SAQs of the type start from its answers and Part 2. One template per type: the previous one stops being it. Allowed on approved SAQs (it changes none of their content).
         */
        put: operations["Saqs_template"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List reports */
        get: operations["Reports_list"];
        put?: never;
        post?: never;
        /**
         * Delete reports
         * @description Deletes the given reports and their files; other ids are skipped.
         */
        delete: operations["Reports_removeMany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate a report file
         * @description Queues a report (202): `kind` executive, detailed, remediation, pci_asv or delta; `format` pdf (every kind), csv and json (detailed, delta) or sarif (detailed). Scope: `history_id` (one run), `scan_id` (its latest completed run), `scan_ids` or `target_id` (latest completed runs), or none (the whole organization). Delta compares `history_id` with `base_history_id` (runs of one scan). Optional `filters` (severity, status, last-seen date range) and `sections`. A job builds the file; poll `status` and `progress` (or `/exists`). Dates in PDFs are in the requester's time zone.
         */
        post: operations["Reports_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show a report (status, progress, file name, size, SHA-256, signature) */
        get: operations["Reports_show"];
        put?: never;
        post?: never;
        /** Delete a report and its file */
        delete: operations["Reports_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a report file
         * @description Streams the file with its content type and `Content-Disposition` file name, and `X-CG-Report-SHA256` / `X-CG-Report-Signature` (base64 Ed25519 over the SHA-256 digest). 409 while it is queued or running (or when it failed), 410 once retention removed the file.
         */
        get: operations["Reports_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/{id}/exists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check whether a report file exists (for polling clients) */
        get: operations["Reports_exists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/reports/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a report file or hash
         * @description Send `{"sha256": "<hex>"}`, or the file itself as the raw body (`application/pdf`, `text/csv`, `application/json`, `application/sarif+json`, `application/octet-stream`) or as the first file of a `multipart/form-data` upload. The file is hashed as it streams (at most REPORTS_VERIFY_MAX_BYTES, 413 beyond) and never stored. Answers whether it is exactly this report's file, with the report's id and generation time.
         */
        post: operations["Reports_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/signing_key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public key report signatures verify against
         * @description No API key needed (like /health): anyone holding a report can check its signature offline. A report's `signature` is base64 Ed25519 over the 32 raw bytes of its file’s SHA-256 digest. See the README for an openssl command.
         */
        get: operations["SigningKey_show"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a report through an emailed link
         * @description The link a recurring advanced report emails to each recipient: the token is the credential (256 bits, stored hashed, expires after REPORTS_LINK_TTL_HOURS). Same file and headers as `GET /v2/reports/{id}/download`.
         */
        get: operations["ReportLinks_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/advanced_reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List advanced reports (saved report definitions) */
        get: operations["AdvancedReports_list"];
        put?: never;
        /**
         * Create an advanced report
         * @description Name, kind, format, scope, filters and sections as for `POST /v2/reports/generate`, plus optional recipients and a recurrence (the schedules’ fields: start_at, time_zone, frequency, interval, weekdays, month_day, week_of_month, weekday, end_date, count). A recurring definition generates on time and emails its recipients a download link (members of the organization; others only when an Admin set external_recipients_allowed).
         */
        post: operations["AdvancedReports_create"];
        /**
         * Delete advanced reports
         * @description Their reports stay (unlinked).
         */
        delete: operations["AdvancedReports_removeMany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/advanced_reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an advanced report */
        get: operations["AdvancedReports_show"];
        /** Update an advanced report */
        put: operations["AdvancedReports_update"];
        post?: never;
        /**
         * Delete an advanced report
         * @description Its reports stay (unlinked).
         */
        delete: operations["AdvancedReports_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/advanced_reports/{id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate an advanced report file
         * @description Queues a report from the definition (202, the report resource); poll it like any report.
         */
        post: operations["AdvancedReports_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/advanced_reports/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an advanced report file
         * @description The latest completed report of the definition, with the same headers as a report download. 409 when none is completed yet.
         */
        get: operations["AdvancedReports_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exceptions
         * @description Filters `q[status]`, `q[reason]`, `q[scope]`, `q[check_id]` (`*` wildcard), ids, ...; `date_range_start`, `date_range_end` and `relative_date_range` apply to `expires_at` (`q[expires_at]=YYYY-MM-DD` for one day).
         */
        get: operations["Exceptions_list"];
        put?: never;
        /**
         * Ask for an exception (starts pending)
         * @description One finding (`vulnerability_id`) or a rule (`check_id` with `host_id`, `target_id` or neither: the whole organization); a rule also covers the findings later scans create. `justification` is required; `recast_severity` for (and only for) `disputed_severity`; `expires_at` for `accepted_risk` (in the future, at most one year ahead). 404 for a vulnerability, host or target outside your organizations; 409 when a pending or active exception already covers the same scope. While active: a false positive or compensating control takes its findings out of open counts, statistics, widgets, host risk scores and PCI pass/fail; an accepted risk takes them out of the open counts (shown as accepted) but still fails PCI; a disputed severity counts them at `recast_severity`, PCI included. A pending exception is shown on its findings and changes nothing yet.
         */
        post: operations["Exceptions_create"];
        /**
         * Delete exceptions
         * @description Deletes the given exceptions you may delete (your own; any as an Admin); other ids are skipped. Their findings count again at once.
         */
        delete: operations["Exceptions_removeMany"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exception statistics
         * @description Counts by status and reason, active ones expiring within 30 days, and covered findings by severity.
         */
        get: operations["Exceptions_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approve exceptions (Admin)
         * @description pending → active, all of `ids` or none (404 if one is not in your organizations, 409 if one is not pending or has expired). An Admin of the organization or of its partner; not the Admin who created or last changed the exception unless the organization allows it (`exceptions_self_approval`, PUT /v2/user/organization): 403 `exception.self_approval_not_allowed`. While active: a false positive or compensating control takes its findings out of open counts, statistics, widgets, host risk scores and PCI pass/fail; an accepted risk takes them out of the open counts (shown as accepted) but still fails PCI; a disputed severity counts them at `recast_severity`, PCI included. A pending exception is shown on its findings and changes nothing yet.
         */
        put: operations["Exceptions_activate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reject exceptions (Admin; extension)
         * @description pending → rejected, all of `ids` or none; `comment` tells the requester why.
         */
        put: operations["Exceptions_reject"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reset exceptions
         * @description pending or active → reset, all of `ids` or none: the exceptions end and their findings count again at once. Your own exceptions; any as an Admin (403 for another user's).
         */
        put: operations["Exceptions_reset"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Show an exception */
        get: operations["Exceptions_show"];
        /**
         * Change a pending exception
         * @description Justification, evidence, recast severity, expiry of a pending exception (409 otherwise), by its creator or an Admin. The reason and the scope cannot change: reset or delete it and ask for a new one.
         */
        put: operations["Exceptions_update"];
        post?: never;
        /**
         * Delete an exception
         * @description Your own, or any as an Admin. Its findings count again at once.
         */
        delete: operations["Exceptions_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/exceptions/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Findings an exception covers
         * @description The finding it names, or those its rule matched (when created, and from later runs), in the order they were covered, with host, port and current status; `exception` on each is the exception shown on it now. `q[added_at]=YYYY-MM-DD` picks the findings covered that day (the total is then exact up to 10,000).
         */
        get: operations["Exceptions_details"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/{id}/prompt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the AI assistant about a vulnerability
         * @description Asks the assistant about one vulnerability of your organizations. Body `{"prompt": "..."}` (at most LLM_MAX_PROMPT_CHARS
         *     characters). The answer is grounded in the finding (check, CVSS, CVE/CWE, solution, host, port, service, evidence,
         *     status, exception) and the conversation so far, and cites the fields it used as `[evidence]`, `[cve]` ... in the text
         *     and in `citations`. Text captured from the scanned network is given to the model as untrusted data in delimited blocks,
         *     secrets are redacted, and nothing of another organization enters the prompt.
         *
         *     `source` says which path answered: `llm` (the OpenAI-compatible endpoint at LLM_API_URL) or `offline` (no model
         *     configured: an answer from the check catalogue and the finding, labelled as such, telling how to connect a model).
         *
         *     **Streaming**: with `Accept: text/event-stream` the answer comes as server-sent events (status 200):
         *     `event: delta` `data: {"content": "<next piece of text>"}` (any number), then `event: done`
         *     `data: {"data": <the chat_message resource, as in the JSON answer>}`; or, when the model fails after the stream started,
         *     `event: error` `data: {"errors": [{message, type, timestamp, status}], "retry_after"?: seconds}` (status 502, 503 or 504 as
         *     below). Lines
         *     starting with `:` are keep-alive comments. Refusals (401, 403, 404, 422, 429) come before any event, as normal errors.
         *     A client that disconnects aborts the model request; nothing is stored then.
         *
         *     **Plan**: needs the `ai_assistant` feature (403 `plan.feature_not_available`). Questions answered by the model count
         *     against `ai_prompts_per_month` of the caller's organization (calendar month, UTC): 429 `plan.limit_exceeded` with
         *     Retry-After (seconds to the next month) when used up, 403 `plan.limit_exceeded` when the plan includes none. Offline
         *     answers are not limited.
         *
         *     **Model errors** (never the endpoint's own text): 502 `ai.model_error` (it failed or refused, e.g. HTTP 500 after the
         *     retries, 401 for a bad key, an empty answer), 503 `ai.model_unavailable` (unreachable) or `ai.model_busy` (still
         *     rate-limited after the retries; Retry-After when it said), 504 `ai.model_timeout` (no answer within LLM_TIMEOUT_MS).
         */
        post: operations["Assistant_prompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/vulnerabilities/{id}/chat_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your conversation with the AI assistant about a vulnerability
         * @description The caller's own questions and the answers, oldest first (sort_by=created_at:desc for newest first), with the list grammar (q[role], q[source], q[content] or q=<text> to search, dates, paging). Another organization’s vulnerability is a 404.
         */
        get: operations["Assistant_chatHistory"];
        put?: never;
        post?: never;
        /**
         * Delete your conversation about a vulnerability (extension)
         * @description Deletes the caller's own questions and answers about the vulnerability; others' stay. 204 even when empty.
         */
        delete: operations["Assistant_deleteChatHistory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ai_assistant/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your organization's AI assistant usage this month (extension)
         * @description Questions answered by the language model (limited by the plan’s ai_prompts_per_month), offline answers, tokens the endpoint reported, and when the month ends (UTC).
         */
        get: operations["Assistant_usage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List notifications
         * @description The caller's own notifications in their organization; another user's notification is a 404. Newest first. Filters: q[event], q[read]=true|false, q[seen]=true|false, q[resource_type], q[resource_id], q=<text in title or body>, dates on created_at. meta adds unread and unseen (all of the caller's, whatever the filters).
         */
        get: operations["Notifications_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications/read_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark all notifications read
         * @description The caller's own notifications in their organization; another user's notification is a 404. Read implies seen.
         */
        put: operations["Notifications_markAllRead"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications/seen_all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark all notifications seen
         * @description The caller's own notifications in their organization; another user's notification is a 404.
         */
        put: operations["Notifications_markAllSeen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a notification
         * @description The caller's own notifications in their organization; another user's notification is a 404.
         */
        get: operations["Notifications_show"];
        put?: never;
        post?: never;
        /**
         * Delete a notification
         * @description The caller's own notifications in their organization; another user's notification is a 404.
         */
        delete: operations["Notifications_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a notification read
         * @description The caller's own notifications in their organization; another user's notification is a 404. Read implies seen; idempotent.
         */
        put: operations["Notifications_read"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/notifications/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark a notification seen
         * @description The caller's own notifications in their organization; another user's notification is a 404. Idempotent.
         */
        put: operations["Notifications_seen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhooks
         * @description Filter events with q[events]=scan_* (matches any entry).
         */
        get: operations["Webhooks_list"];
        put?: never;
        /**
         * Create a webhook
         * @description The answer carries `secret` (generated when not given): the only time it is shown. Each event is POSTed as JSON `{id, type, version, occurred_at, organization: {id, name}, data}` with `X-CG-Hook-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>` (during a rotation grace period also `X-CG-Hook-Signature-Previous` with the old secret), `X-CG-Hook-Event`, `X-CG-Hook-Delivery` (the delivery id, the same on every try), `X-CG-Hook-Timestamp` (unix seconds of the try), `User-Agent: CloneGuard-Hook/<version>`. Anything but a 2xx within WEBHOOK_TIMEOUT_MS is retried (WEBHOOK_MAX_ATTEMPTS tries, growing delays with jitter). Events: `scan_started`, `scan_completed`, `scan_stopped`, `scan_failed`, `report_generated`, `report_failed`, `exception_created`, `exception_approved`, `exception_rejected`, `exception_expiring`, `exception_expired`, `exception_reset`, `saq_approved`, or `*` for all.
         */
        post: operations["Webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a webhook
         * @description The secret is never shown again.
         */
        get: operations["Webhooks_show"];
        /**
         * Update a webhook
         * @description A `secret` here rotates like rotate_secret (the old one keeps signing for the grace period).
         */
        put: operations["Webhooks_update"];
        post?: never;
        /** Delete a webhook */
        delete: operations["Webhooks_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Activate a webhook
         * @description Also clears the failure record of a disabled webhook.
         */
        put: operations["Webhooks_activate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Deactivate a webhook
         * @description No more events are delivered; tries still pending are cancelled.
         */
        put: operations["Webhooks_deactivate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the secret (extension)
         * @description A new secret (given in `{"webhook": {"secret"}}`, or generated) signs from now on and is shown in this answer only; the previous one keeps signing in `X-CG-Hook-Signature-Previous` for WEBHOOK_SECRET_GRACE_HOURS (`previous_secret_expires_at`). Rotating again within the grace period drops the older secret.
         */
        post: operations["Webhooks_rotateSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event (extension)
         * @description Queues a `ping` event (data: the webhook) to this webhook, whatever its events and even when inactive, signed and retried like any delivery.
         */
        post: operations["Webhooks_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List deliveries of a webhook
         * @description Each event is POSTed as JSON `{id, type, version, occurred_at, organization: {id, name}, data}` with `X-CG-Hook-Signature: sha256=<hex HMAC-SHA256(secret, raw body)>` (during a rotation grace period also `X-CG-Hook-Signature-Previous` with the old secret), `X-CG-Hook-Event`, `X-CG-Hook-Delivery` (the delivery id, the same on every try), `X-CG-Hook-Timestamp` (unix seconds of the try), `User-Agent: CloneGuard-Hook/<version>`. Anything but a 2xx within WEBHOOK_TIMEOUT_MS is retried (WEBHOOK_MAX_ATTEMPTS tries, growing delays with jitter). Events: `scan_started`, `scan_completed`, `scan_stopped`, `scan_failed`, `report_generated`, `report_failed`, `exception_created`, `exception_approved`, `exception_rejected`, `exception_expiring`, `exception_expired`, `exception_reset`, `saq_approved`, or `*` for all.
         */
        get: operations["Webhooks_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a delivery
         * @description The payload and every try: request headers and body, answer status, headers and first 4 KB, duration, error.
         */
        get: operations["Webhooks_showDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{delivery_id}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeliver (extension)
         * @description Sends the same body again (same payload `id`, so receivers can deduplicate) as a new delivery with its own X-CG-Hook-Delivery and tries, even when the webhook is inactive.
         */
        post: operations["Webhooks_redeliver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check 2FA
         * @description Second step of sign-in without resending the password: the `otp_session_state` from the password step and a TOTP or SMS code. The state is single use, lives 10 minutes and dies after 5 wrong codes; repeated failures on an account add growing delays (429).
         */
        post: operations["AuthMfa_check"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/send_sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send SMS OTP
         * @description Sends a 6-digit code (10 minutes, single use) to the phone of the account behind `otp_session_state`. At most one per minute.
         */
        post: operations["AuthMfa_sendSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/webauthn/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * WebAuthn options for the second step
         * @description For accounts with a security key or passkey: request options bound to `otp_session_state` (5 minutes, one answer).
         */
        post: operations["AuthMfa_webauthnOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/mfa/webauthn/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Second step with a WebAuthn assertion
         * @description Completes sign-in with the answer of navigator.credentials.get() to the options above. Same challenge rules as Check 2FA.
         */
        post: operations["AuthMfa_webauthnVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/sign_in_with_recovery_code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with recovery code
         * @description Second step of sign-in with one of the recovery codes (case and dashes ignored). Each code works once; the user is emailed.
         */
        post: operations["AuthMfa_withRecoveryCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Enable 2FA
         * @description First step. `sms`: the number must be a valid mobile number; a code is sent (one per minute). `totp`: answers the otpauth URI and the secret for manual entry. Finish with verify_installation within 10 minutes. When a method is already enabled, needs a second factor proved by this session within the last STEP_UP_WINDOW_SECONDS (default 10 minutes: sign-in with a code, verify_installation, a step-up), or `x-mfa-step-up-token`.
         */
        put: operations["UserMfa_enable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/verify_installation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Verify 2FA installation
         * @description The code received by SMS or shown by the app. The first method also creates the recovery codes (read them once with GET recovery_codes). The code counts as a fresh second factor of this session (step-up window).
         */
        put: operations["UserMfa_verifyInstallation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Disable 2FA
         * @description Needs a second factor proved by this session within the last STEP_UP_WINDOW_SECONDS (default 10 minutes: sign-in with a code, verify_installation, a step-up), or `x-mfa-step-up-token`, and a valid code of the method turned off (TOTP: a current code; SMS: a code from `POST /v1/identity/auth/mfa/step-up/sms/send`). With no method left, the recovery codes are deleted too.
         */
        put: operations["UserMfa_disable"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/lookup_phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lookup phone number
         * @description Validates a number (full metadata) and tells whether it can receive SMS.
         */
        get: operations["UserMfa_lookupPhone"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/default_method": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Default 2FA method
         * @description The method used at sign-in when none is named; must be enabled.
         */
        put: operations["UserMfa_defaultMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/generate_recovery_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Generate Recovery Codes
         * @description Needs at least one 2FA method. Replaces the previous codes at once; read the new codes once with GET recovery_codes. Generating the first set (while no recovery code was ever shown) needs nothing more; later sets need a second factor proved by this session within the last STEP_UP_WINDOW_SECONDS (default 10 minutes: sign-in with a code, verify_installation, a step-up), or `x-mfa-step-up-token`.
         */
        put: operations["UserMfa_generateRecoveryCodes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/user/mfa/recovery_codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Recovery Codes
         * @description The plaintext codes once after each generation; afterwards only `remaining` and `generation`.
         */
        get: operations["UserMfa_recoveryCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/factors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List enrolled MFA factors for the caller
         * @description Secrets and public keys are never returned.
         */
        get: operations["IdentityMfa_listFactors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/totp/enroll/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin TOTP factor enrollment
         * @description 160-bit secret; the factor exists only after verify. Needs `x-mfa-step-up-token` when a factor is already enrolled.
         */
        post: operations["IdentityMfa_startTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/totp/enroll/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete TOTP factor enrollment
         * @description Recovery codes come back only with the first factor, once.
         */
        post: operations["IdentityMfa_verifyTotp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/webauthn/enroll/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Begin WebAuthn factor enrollment
         * @description Needs `x-mfa-step-up-token` when a factor is already enrolled.
         */
        post: operations["IdentityMfa_webauthnOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/webauthn/enroll/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete WebAuthn factor enrollment
         * @description The enrollment token is spent by the first answer, right or wrong.
         */
        post: operations["IdentityMfa_webauthnVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/step-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Prove a fresh factor to authorise a sensitive MFA mutation
         * @description TOTP code, recovery code (spent), or SMS code. The token lives 5 minutes and works only for this user and session.
         */
        post: operations["IdentityMfa_stepUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/step-up/sms/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an SMS code for step-up (or for disabling SMS 2FA)
         * @description Valid 10 minutes, for this session only; one per minute.
         */
        post: operations["IdentityMfa_sendStepUpSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/step-up/webauthn/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin a WebAuthn-backed step-up ceremony */
        post: operations["IdentityMfa_webauthnStepUpOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/step-up/webauthn/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a WebAuthn step-up ceremony
         * @description The transit token is single use; the signature counter is stored.
         */
        post: operations["IdentityMfa_webauthnStepUpVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/factors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an enrolled MFA factor */
        delete: operations["IdentityMfa_removeFactor"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/recovery-codes/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regenerate the identity's single-use recovery codes
         * @description A fresh batch of 10 (generation + 1); every code of the previous generation stops working in the same transaction. Shown once.
         */
        post: operations["IdentityMfa_regenerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/trusted-devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the identity's active 'remember this device' records
         * @description Newest last_seen_at first; token hashes are never returned.
         */
        get: operations["IdentityMfa_listTrustedDevices"];
        put?: never;
        post?: never;
        /** Revoke every trusted device for the caller */
        delete: operations["IdentityMfa_revokeAll"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identity/auth/mfa/trusted-devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a single trusted device */
        delete: operations["IdentityMfa_revokeOne"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        OrganizationRefDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            uuid: string;
            name: string;
        };
        TwoFactorStatusDto: {
            enabled: boolean;
            otp_sms_enabled: boolean;
            otp_totp_enabled: boolean;
            /** @description Masked phone number */
            otp_phone?: string | null;
            /** @enum {string|null} */
            otp_default_method?: "sms" | "totp" | null;
        };
        UserAttributesDto: {
            first_name?: string | null;
            last_name?: string | null;
            phone?: string | null;
            mobile_phone?: string | null;
            url?: string | null;
            title?: string | null;
            address?: string | null;
            city?: string | null;
            state?: string | null;
            country?: string | null;
            zipcode?: string | null;
            comment?: string | null;
            /** Format: uuid */
            id: string;
            username: string;
            email: string;
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            /** @example en */
            locale: string;
            /** @example UTC */
            timezone: string;
            active_product?: string | null;
            organization: components["schemas"]["OrganizationRefDto"];
            partner: boolean;
            verified: boolean;
            /** @example email */
            provider: string;
            blocked: boolean;
            sign_in_count: number;
            /** Format: date-time */
            last_sign_in_at?: string | null;
            last_sign_in_ip?: string | null;
            two_factor_authentication: components["schemas"]["TwoFactorStatusDto"];
            /** @description Profile fields still empty (first and last name) */
            incomplete_details: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ErrorEntryDto: {
            /** @example Record Not Found */
            message: string;
            /** @example not_found */
            type: string;
            /** @example 2026-01-01T00:00:00.000Z */
            timestamp: string;
        };
        ErrorEnvelopeDto: {
            errors: components["schemas"]["ErrorEntryDto"][];
        };
        UpdateMeDto: {
            first_name?: string;
            last_name?: string;
            /** @description Needs a step-up token when the user has a second factor */
            email?: string;
            /** @example en */
            locale?: string;
            /** @example UTC */
            timezone?: string;
            phone?: string;
            mobile_phone?: string;
            url?: string;
            title?: string;
            address?: string;
            city?: string;
            state?: string;
            country?: string;
            zipcode?: string;
            comment?: string;
        };
        UpdateMeBody: {
            user: components["schemas"]["UpdateMeDto"];
        };
        PermissionsDto: {
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            /**
             * @example [
             *       "targets:read",
             *       "targets:write"
             *     ]
             */
            permissions: string[];
        };
        DeletionBlockerDto: {
            /** @example targets */
            kind: string;
            /** @example 3 */
            count: number;
            /** @example The user owns 3 targets */
            message: string;
        };
        CanBeDeletedDto: {
            can_be_deleted: boolean;
            reasons: components["schemas"]["DeletionBlockerDto"][];
        };
        TransferResultDto: {
            /** Format: uuid */
            from_user_id: string;
            /** Format: uuid */
            to_user_id: string;
            /**
             * @description Moved resources per kind
             * @example {
             *       "targets": 3,
             *       "scans": 1
             *     }
             */
            transferred: {
                [key: string]: number;
            };
            /** @example 4 */
            total: number;
        };
        PageMetaDto: {
            /** @example 1 */
            page: number;
            /** @example 25 */
            per_page: number;
            /** @example 1 */
            total: number;
            /** @example 1 */
            total_pages: number;
        };
        CreateUserDto: {
            /** @example jdoe */
            username: string;
            /** @example jdoe@example.com */
            email: string;
            /**
             * @default User
             * @enum {string}
             */
            role: "User" | "Admin" | "Super Admin";
            /**
             * Format: uuid
             * @description Default: the caller’s organization. Partner admins may name a customer organization.
             */
            organization_id?: string;
            /**
             * @description true: no confirmation email; the user sets a password with "forgot password"
             * @default false
             */
            confirmed: boolean;
            first_name?: string;
            last_name?: string;
            /** @example en */
            locale?: string;
            /** @example UTC */
            timezone?: string;
        };
        CreateUserBody: {
            user: components["schemas"]["CreateUserDto"];
        };
        InviteUserDto: {
            /** @example jdoe@example.com */
            email: string;
            /** @description Default: the email address */
            username?: string;
            /**
             * @default User
             * @enum {string}
             */
            role: "User" | "Admin" | "Super Admin";
            /** Format: uuid */
            organization_id?: string;
            first_name?: string;
            last_name?: string;
        };
        InviteUserBody: {
            user: components["schemas"]["InviteUserDto"];
        };
        ImportRowDto: {
            /**
             * @description Row number as a spreadsheet shows it (the header is row 1)
             * @example 2
             */
            row: number;
            /** @example jdoe */
            username: string;
            /** @enum {string} */
            status: "created" | "skipped";
            /**
             * Format: uuid
             * @description The created user, or the existing one a skipped row names
             */
            id: string;
            /**
             * @description Why a row was skipped
             * @enum {string}
             */
            reason?: "exists";
            /**
             * @description Skipped rows: columns whose values differ from the stored user (an import does not change them)
             * @example [
             *       "first_name"
             *     ]
             */
            differs?: string[];
        };
        ImportResultDto: {
            /**
             * @description Users created
             * @example 12
             */
            imported: number;
            /**
             * @description Rows naming a user who already exists (same username and email)
             * @example 1
             */
            skipped: number;
            /** @description Ids of the users created */
            ids: string[];
            rows: components["schemas"]["ImportRowDto"][];
        };
        UpdateUserDto: {
            first_name?: string;
            last_name?: string;
            /** @description Needs a step-up token when the user has a second factor */
            email?: string;
            /** @example en */
            locale?: string;
            /** @example UTC */
            timezone?: string;
            phone?: string;
            mobile_phone?: string;
            url?: string;
            title?: string;
            address?: string;
            city?: string;
            state?: string;
            country?: string;
            zipcode?: string;
            comment?: string;
            username?: string;
            /** @enum {string} */
            role?: "User" | "Admin" | "Super Admin";
            /** @description true blocks the user (sessions and access token stop working at once) */
            blocked?: boolean;
        };
        UpdateUserBody: {
            user: components["schemas"]["UpdateUserDto"];
        };
        ConfirmationSentDto: {
            /** @example Confirmation email sent */
            message: string;
        };
        SsoLinkDto: {
            /** @description One-time token; give it to the user’s browser, it is shown once */
            token: string;
            /** @description Login link built from APP_BASE_URL */
            url: string;
            /** Format: date-time */
            expires_at: string;
        };
        OrganizationSummaryDto: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ConfirmationInfoDto: {
            /** @example true */
            valid: boolean;
            username: string;
            email: string;
            organization: components["schemas"]["OrganizationSummaryDto"];
            /** @description true: POST /auth/confirmation must include a password */
            password_required: boolean;
            /** Format: date-time */
            expires_at: string;
        };
        ConfirmDto: {
            confirmation_token: string;
            /** @description Required when the account has no password yet (8-128 characters) */
            password?: string;
            password_confirmation?: string;
        };
        AccountMessageDto: {
            message: string;
        };
        InvitationInfoDto: {
            /** @example true */
            valid: boolean;
            email: string;
            username: string;
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            organization: components["schemas"]["OrganizationSummaryDto"];
            /** @description Username of the admin who invited */
            invited_by?: string | null;
            /** Format: date-time */
            expires_at: string;
        };
        AcceptInvitationDto: {
            invitation_token: string;
            password: string;
            password_confirmation?: string;
            first_name?: string;
            last_name?: string;
            /** @example en */
            locale?: string;
            /** @example UTC */
            timezone?: string;
            phone?: string;
            title?: string;
        };
        ForgotPasswordDto: {
            /** @example jdoe@example.com */
            email: string;
        };
        ResetPasswordDto: {
            reset_password_token: string;
            password: string;
            password_confirmation: string;
        };
        SsoLinkLoginDto: {
            /** @description One-time token from POST /v2/users/{id}/sso_link */
            token: string;
            /** @description Trusted-device token, when the second factor allows one */
            device_token?: string;
        };
        SignInOrganizationDto: {
            /** Format: uuid */
            uuid: string;
            name: string;
        };
        SignInResponseDto: {
            /** @example 200 */
            status: number;
            /** @example OK */
            status_text: string;
            username: string;
            /** @description Bearer JWT; absent when a second factor is required */
            token?: string;
            /** Format: date-time */
            expires_at?: string;
            sign_in_count: number;
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            timezone: string;
            verified: boolean;
            /** @example email */
            provider: string;
            organization: components["schemas"]["SignInOrganizationDto"];
            /** @description With 2FA on: pass back with otp_attempt */
            otp_session_state?: string;
            /** @description With 2FA on: methods available */
            methods?: string[];
        };
        UserRefDto: {
            /** Format: uuid */
            id: string;
            username: string;
        };
        ImpersonationDto: {
            /** @example 200 */
            status: number;
            /** @example OK */
            status_text: string;
            /** @description Bearer JWT of the impersonation session (carries the RFC 8693 `act` claim) */
            token: string;
            /**
             * Format: date-time
             * @description At most 1 hour from now
             */
            expires_at: string;
            /** @description Single use: DELETE /auth/impersonate?impersonator_revert_token= gives the admin session back */
            impersonator_revert_token: string;
            username: string;
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            impersonated_user: components["schemas"]["UserRefDto"];
            impersonator: components["schemas"]["UserRefDto"];
        };
        OrganizationMemberDto: {
            /** Format: uuid */
            id: string;
            username: string;
            partner: boolean;
        };
        OrganizationSettingsDto: {
            can_edit_organization: boolean;
            /** @description Whether an Admin may approve an exception they created or last changed (default false) */
            exceptions_self_approval: boolean;
        };
        OrganizationDetailsDto: {
            address?: string | null;
            city?: string | null;
            state?: string | null;
            zipcode?: string | null;
            country?: string | null;
            phone?: string | null;
            website?: string | null;
            email?: string | null;
            contact_name?: string | null;
            contact_title?: string | null;
            contact_phone?: string | null;
            contact_email?: string | null;
        };
        OrganizationAttributesDto: {
            /** Format: uuid */
            uuid: string;
            name: string;
            company_name?: string | null;
            description?: string | null;
            partner: boolean;
            /** Format: uuid */
            parent_id?: string | null;
            /** Format: date-time */
            creation_time: string;
            /** Format: date-time */
            modification_time: string;
            members: components["schemas"]["OrganizationMemberDto"][];
            settings: components["schemas"]["OrganizationSettingsDto"];
            details: components["schemas"]["OrganizationDetailsDto"];
            /** @description Company name or contact details still missing */
            incomplete_details: boolean;
        };
        UpdateOrganizationDto: {
            name: string;
            company_name: string;
            description?: string;
            address?: string;
            city?: string;
            state?: string;
            zipcode?: string;
            country?: string;
            phone?: string;
            website?: string;
            email?: string;
            contact_name?: string;
            contact_title?: string;
            contact_phone?: string;
            contact_email?: string;
            /** @description Whether an Admin may approve an exception they created or last changed (shown in settings; default false) */
            exceptions_self_approval?: boolean;
        };
        UpdateOrganizationBody: {
            organization: components["schemas"]["UpdateOrganizationDto"];
        };
        UpdateOrganizationSettingsDto: {
            /** @description Whether an Admin may approve an exception they created or last changed (default false) */
            exceptions_self_approval?: boolean;
        };
        UpdateOrganizationSettingsBody: {
            settings: components["schemas"]["UpdateOrganizationSettingsDto"];
        };
        SubscribeDto: {
            /**
             * @description Plan code
             * @example pci-open
             */
            plan: string;
            /**
             * @description Default: the plan's. monthly/yearly end one month/year after start_date unless end_date is given
             * @enum {string}
             */
            interval?: "monthly" | "yearly" | "none";
            /**
             * Format: date-time
             * @description Default: now
             */
            start_date?: string;
            /** Format: date-time */
            end_date?: string | null;
            /**
             * @description Features of an open plan (also allowed on others: they override the plan)
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features?: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
            /**
             * @description Default: the plan's price
             * @example 9.99
             */
            price?: string;
            /** @default false */
            trial_enabled: boolean;
        };
        CreateOrganizationDto: {
            name: string;
            company_name: string;
            description?: string;
            address?: string;
            city?: string;
            state?: string;
            zipcode?: string;
            country?: string;
            phone?: string;
            website?: string;
            email?: string;
            contact_name?: string;
            contact_title?: string;
            contact_phone?: string;
            contact_email?: string;
            /** @description Whether an Admin may approve an exception they created or last changed (shown in settings; default false) */
            exceptions_self_approval?: boolean;
            /** @description Super admins only: the organization is a partner that owns customer organizations */
            partner?: boolean;
            /**
             * Format: uuid
             * @description Super admins: the partner organization that owns it. A partner Admin's new organizations always become its customers.
             */
            parent_id?: string;
            /**
             * @description true: do not subscribe to the default plan; `plans` is then required
             * @default false
             */
            skip_default_subscription: boolean;
            /** @description Plans to subscribe; of several plans of one product only the first is applied */
            plans?: components["schemas"]["SubscribeDto"][];
        };
        CreateOrganizationBody: {
            organization: components["schemas"]["CreateOrganizationDto"];
        };
        UpdateOrganizationAdminDto: {
            name: string;
            company_name: string;
            description?: string;
            address?: string;
            city?: string;
            state?: string;
            zipcode?: string;
            country?: string;
            phone?: string;
            website?: string;
            email?: string;
            contact_name?: string;
            contact_title?: string;
            contact_phone?: string;
            contact_email?: string;
            /** @description Whether an Admin may approve an exception they created or last changed (shown in settings; default false) */
            exceptions_self_approval?: boolean;
            /** @description Super admins only: the organization is a partner that owns customer organizations */
            partner?: boolean;
        };
        UpdateOrganizationAdminBody: {
            organization: components["schemas"]["UpdateOrganizationAdminDto"];
        };
        CustomerAttributesDto: {
            /** Format: uuid */
            organization_id: string;
            user_ids: string[];
            subscription_ids: string[];
        };
        CustomerUserDto: {
            username: string;
            email: string;
            /** @description Omit it to let the user set one (confirmation or invitation) */
            password?: string;
            /**
             * @default User
             * @enum {string}
             */
            role: "User" | "Admin";
            /**
             * @description true: the account is confirmed at once
             * @default false
             */
            confirmed: boolean;
            first_name?: string;
            last_name?: string;
        };
        CreateCustomerDto: {
            organization: components["schemas"]["CreateOrganizationDto"];
            /** @description Default: the default plan, if there is one */
            subscription?: components["schemas"]["SubscribeDto"];
            users: components["schemas"]["CustomerUserDto"][];
        };
        CreateCustomerBody: {
            customer: components["schemas"]["CreateCustomerDto"];
        };
        ProductAttributesDto: {
            /** Format: uuid */
            id: string;
            /** @example pci */
            code: string;
            /** @example PCI ASV scanning */
            name: string;
            description?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateProductDto: {
            /** @example pci */
            code: string;
            name: string;
            description?: string;
        };
        CreateProductBody: {
            product: components["schemas"]["CreateProductDto"];
        };
        UpdateProductDto: {
            code?: string;
            name?: string;
            description?: string | null;
        };
        UpdateProductBody: {
            product: components["schemas"]["UpdateProductDto"];
        };
        PlanAttributesDto: {
            /** Format: uuid */
            id: string;
            /** @example pci-open */
            code: string;
            name: string;
            description?: string | null;
            /** @example pci */
            product: string;
            /** Format: uuid */
            product_id: string;
            /** @description Features are given at subscription time */
            open: boolean;
            /** @description New organizations are subscribed to it */
            default: boolean;
            /** @description Admins may subscribe their own organization */
            self_service: boolean;
            /** @enum {string} */
            interval: "monthly" | "yearly" | "none";
            /** @example 9.99 */
            price: string;
            /**
             * @description Feature name → value. Limits `{"limit": n}` (an integer from 0; 0 allows none) or `{"limit": null}` (unlimited); **a limit left out is unlimited**. Flags `{"enabled": true|false}`; a flag left out is off. Unknown names are a 422.
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreatePlanDto: {
            /** @example pci-open */
            code: string;
            name: string;
            description?: string;
            /**
             * @description Product code
             * @example pci
             */
            product: string;
            /** @default false */
            open: boolean;
            /**
             * @description Make it the default plan (the previous default stops being one)
             * @default false
             */
            default: boolean;
            /** @default false */
            self_service: boolean;
            /**
             * @default monthly
             * @enum {string}
             */
            interval: "monthly" | "yearly" | "none";
            /** @example 9.99 */
            price?: string;
            /**
             * @description Feature name → value. Limits `{"limit": n}` (an integer from 0; 0 allows none) or `{"limit": null}` (unlimited); **a limit left out is unlimited**. Flags `{"enabled": true|false}`; a flag left out is off. Unknown names are a 422.
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features?: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
        };
        CreatePlanBody: {
            plan: components["schemas"]["CreatePlanDto"];
        };
        UpdatePlanDto: {
            name?: string;
            description?: string | null;
            open?: boolean;
            default?: boolean;
            self_service?: boolean;
            /** @enum {string} */
            interval?: "monthly" | "yearly" | "none";
            /** @example 9.99 */
            price?: string;
            /**
             * @description Replaces the plan features. Existing subscriptions follow at once.
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features?: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
        };
        UpdatePlanBody: {
            plan: components["schemas"]["UpdatePlanDto"];
        };
        SubscriptionAttributesDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organization_id: string;
            /**
             * @description Plan code
             * @example pci-open
             */
            plan: string;
            /** Format: uuid */
            plan_id: string;
            plan_name: string;
            /**
             * @description Product code
             * @example pci
             */
            product: string;
            /** @enum {string} */
            status: "active" | "inactive" | "canceled";
            /** @enum {string} */
            interval: "monthly" | "yearly" | "none";
            /** Format: date-time */
            start_date: string;
            /** Format: date-time */
            end_date?: string | null;
            /** @example 9.99 */
            price: string;
            trial_enabled: boolean;
            /**
             * @description Features assigned to this subscription (override the plan)
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            assigned_features: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
            /**
             * @description Plan features with the assigned ones applied
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
            /** Format: date-time */
            canceled_at?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        SubscribeBody: {
            subscription: components["schemas"]["SubscribeDto"];
        };
        UnsubscribeDto: {
            /**
             * @description Plan code of the active subscription to cancel
             * @example pci-open
             */
            plan: string;
        };
        UnsubscribeBody: {
            subscription: components["schemas"]["UnsubscribeDto"];
        };
        EntitlementsDto: {
            /**
             * @example {
             *       "number_of_ips": 16,
             *       "scans_per_month": null
             *     }
             */
            limits: {
                [key: string]: number | null;
            };
            /**
             * @example {
             *       "advanced_reports": true
             *     }
             */
            flags: {
                [key: string]: boolean;
            };
        };
        UpdateSubscriptionDto: {
            /** @enum {string} */
            status?: "active" | "inactive" | "canceled";
            /** Format: date-time */
            end_date?: string | null;
            /** @example 14.33 */
            price?: string;
            trial_enabled?: boolean;
        };
        UpdateSubscriptionBody: {
            subscription: components["schemas"]["UpdateSubscriptionDto"];
        };
        AssignFeaturesDto: {
            /**
             * @description Feature name → value. Limits `{"limit": n}` (an integer from 0; 0 allows none) or `{"limit": null}` (unlimited); **a limit left out is unlimited**. Flags `{"enabled": true|false}`; a flag left out is off. Unknown names are a 422.
             * @example {
             *       "number_of_ips": {
             *         "limit": 16
             *       },
             *       "scans_per_month": {
             *         "limit": 10
             *       },
             *       "advanced_reports": {
             *         "enabled": true
             *       }
             *     }
             */
            features: {
                number_of_ips?: {
                    limit: number | null;
                };
                number_of_targets?: {
                    limit: number | null;
                };
                scans_per_month?: {
                    limit: number | null;
                };
                concurrent_scans?: {
                    limit: number | null;
                };
                ai_prompts_per_month?: {
                    limit: number | null;
                };
                advanced_reports?: {
                    enabled: boolean;
                };
                ai_assistant?: {
                    enabled: boolean;
                };
            };
        };
        AssignFeaturesBody: {
            subscription: components["schemas"]["AssignFeaturesDto"];
        };
        RevokeFeaturesDto: {
            /** @description Assigned features to remove (the plan value applies again) */
            features: ("number_of_ips" | "number_of_targets" | "scans_per_month" | "concurrent_scans" | "ai_prompts_per_month" | "advanced_reports" | "ai_assistant")[];
        };
        RevokeFeaturesBody: {
            subscription: components["schemas"]["RevokeFeaturesDto"];
        };
        UserProductAttributesDto: {
            /** Format: uuid */
            id: string;
            /** @example pci */
            code: string;
            /** @example PCI ASV scanning */
            name: string;
            description?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The organization has a subscription in force for it */
            subscribed: boolean;
            /** @description It is the user's active product */
            active: boolean;
        };
        BrandingAttributesDto: {
            company_name?: string | null;
            /** @description data:<type>;base64,... */
            logo?: string | null;
            /** @example #0A84FF */
            primary_color?: string | null;
            /** @example #1C1C1E */
            secondary_color?: string | null;
            support_email?: string | null;
            /** @example portal.partner.example */
            portal_domain?: string | null;
        };
        WhitelabelSettingsAttributesDto: {
            company_name?: string | null;
            /** @description data:<type>;base64,... */
            logo?: string | null;
            /** @example #0A84FF */
            primary_color?: string | null;
            /** @example #1C1C1E */
            secondary_color?: string | null;
            support_email?: string | null;
            /** @example portal.partner.example */
            portal_domain?: string | null;
            /** Format: uuid */
            organization_id: string;
            /** @description Some values come from the partner organization */
            inherited: boolean;
        };
        UpdateWhitelabelDto: {
            company_name?: string | null;
            /** @description PNG, JPEG or SVG, base64, at most 1 MB decoded; null removes the logo */
            logo_base64?: string | null;
            /** @example #0A84FF */
            primary_color?: string | null;
            /** @example #1C1C1E */
            secondary_color?: string | null;
            support_email?: string | null;
            /**
             * @description Partners and super admins only; unique
             * @example portal.partner.example
             */
            portal_domain?: string | null;
        };
        UpdateWhitelabelBody: {
            whitelabel: components["schemas"]["UpdateWhitelabelDto"];
        };
        NotificationPreferenceAttributesDto: {
            /** @enum {string} */
            event: "scan_started" | "scan_completed" | "scan_failed" | "scan_stopped" | "scan_scheduled" | "report_generated" | "report_failed" | "advanced_report_generated" | "vulnerability_found" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expired" | "exception_reset" | "exception_expiring" | "saq_approved" | "webhook_disabled" | "subscription_expiring" | "subscription_expired";
            /** @example A scan completed */
            description: string;
            enabled: boolean;
            /** @description What applies while the user has not chosen */
            enabled_by_default: boolean;
            /** @description Whether this event is also emailed while enabled (otherwise it is an in-app notification only). Fixed per event. */
            email: boolean;
        };
        SignInDto: {
            /** @description Username or email */
            username: string;
            password: string;
            /** @description Second step: the one-time code */
            otp_attempt?: string;
            /** @description Second step: state returned by the first step */
            otp_session_state?: string;
            /** @enum {string} */
            method?: "sms" | "totp";
            /** @description Remember this device for 30 days (skips the second step) */
            remember_device?: boolean;
            /** @description Trusted-device token from an earlier sign-in */
            device_token?: string;
        };
        MessageDto: {
            message: string;
        };
        ChangePasswordDto: {
            current_password: string;
            password: string;
            password_confirmation: string;
        };
        ChangePasswordBody: {
            user: components["schemas"]["ChangePasswordDto"];
        };
        ValidTokenDto: {
            valid: boolean;
            /** @enum {string} */
            credential: "session" | "access_token";
            /** Format: date-time */
            expires_at?: string | null;
            impersonated: boolean;
        };
        AccessTokenDto: {
            /** @description Shown once; send as `Authorization: Basic <token>` */
            token: string;
            username: string;
            message: string;
        };
        ApiKeyAttributesDto: {
            name: string;
            /** @description First characters of the key, to tell keys apart */
            prefix: string;
            /** @description The key itself: only in the answer to its creation */
            key?: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_used_at?: string | null;
            /** Format: date-time */
            revoked_at?: string | null;
        };
        CreateApiKeyDto: {
            /** @example Portal */
            name: string;
        };
        CreateApiKeyBody: {
            api_key: components["schemas"]["CreateApiKeyDto"];
        };
        AuditEventAttributesDto: {
            /** Format: date-time */
            occurred_at: string;
            /** @example PUT /v2/user/me */
            action: string;
            /** @enum {string} */
            result: "success" | "failure";
            status_code?: number | null;
            /** Format: uuid */
            actor_id?: string | null;
            actor_username?: string | null;
            /**
             * Format: uuid
             * @description Admin acting by impersonation
             */
            impersonator_id?: string | null;
            /** Format: uuid */
            organization_id?: string | null;
            resource_type?: string | null;
            resource_id?: string | null;
            ip?: string | null;
            user_agent?: string | null;
            details: {
                [key: string]: unknown;
            };
        };
        HealthDto: {
            /** @enum {string} */
            status: "ok" | "error";
            /** @enum {string} */
            database: "up" | "down";
        };
        TargetAttributesDto: {
            /** @example Office network */
            name: string;
            description?: string | null;
            /**
             * @description IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/24, 2001:db8::/64), ranges (10.0.0.1-10.0.0.20 or 10.0.0.1-20) and host names (RFC 1123). Stored normalized (lowercase, canonical IPv6, network address of a block).
             * @example [
             *       "192.168.1.10",
             *       "10.0.0.0/28",
             *       "10.0.1.1-10.0.1.20",
             *       "www.example.com"
             *     ]
             */
            hosts: string[];
            /**
             * @description Distinct hosts named by the entries (overlaps counted once; each host name counts 1). IPv6 counts above 2^53 are approximate.
             * @example 37
             */
            host_count: number;
            /** Format: uuid */
            organization_id: string;
            /**
             * Format: uuid
             * @description Creator (owner)
             */
            user_id?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateTargetDto: {
            /** @example Office network */
            name: string;
            description?: string;
            /**
             * @description IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/24, 2001:db8::/64), ranges (10.0.0.1-10.0.0.20 or 10.0.0.1-20) and host names (RFC 1123). Stored normalized (lowercase, canonical IPv6, network address of a block).
             * @example [
             *       "192.168.1.10",
             *       "10.0.0.0/28",
             *       "10.0.1.1-10.0.1.20",
             *       "www.example.com"
             *     ]
             */
            hosts: string[];
            /**
             * Format: uuid
             * @description Organization that owns the target (super admins, and partner admins for their customers). Default: your own.
             */
            organization_id?: string;
        };
        CreateTargetBody: {
            target: components["schemas"]["CreateTargetDto"];
        };
        CalculateHostsDto: {
            /**
             * @description IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/24, 2001:db8::/64), ranges (10.0.0.1-10.0.0.20 or 10.0.0.1-20) and host names (RFC 1123). Stored normalized (lowercase, canonical IPv6, network address of a block).
             * @example [
             *       "192.168.1.10",
             *       "10.0.0.0/28",
             *       "10.0.1.1-10.0.1.20",
             *       "www.example.com"
             *     ]
             */
            hosts: string[];
        };
        CalculateHostsBody: {
            target: components["schemas"]["CalculateHostsDto"];
        };
        CalculatedEntryDto: {
            /**
             * @description The entry, normalized
             * @example 10.0.0.0/28
             */
            host: string;
            /** @enum {string} */
            kind: "ipv4" | "ipv6" | "cidr" | "range" | "hostname";
            /** @example 16 */
            count: number;
        };
        CalculateHostsResultDto: {
            /**
             * @description Distinct hosts (overlapping entries counted once)
             * @example 37
             */
            host_count: number;
            entries: components["schemas"]["CalculatedEntryDto"][];
            /** @description The plan's number_of_ips limit; null: unlimited */
            limit?: number | null;
            /** @description Hosts already used by the organization's targets */
            used: number;
        };
        BulkDeleteDto: {
            /**
             * @example [
             *       "497f6eca-6276-4993-bfeb-53cbbbba6f08"
             *     ]
             */
            ids: string[];
        };
        BulkDeleteResultDto: {
            /** @example 2 */
            deleted: number;
        };
        UpdateTargetDto: {
            name?: string;
            description?: string | null;
            /**
             * @description IPv4/IPv6 addresses, CIDR blocks (10.0.0.0/24, 2001:db8::/64), ranges (10.0.0.1-10.0.0.20 or 10.0.0.1-20) and host names (RFC 1123). Stored normalized (lowercase, canonical IPv6, network address of a block).
             * @example [
             *       "192.168.1.10",
             *       "10.0.0.0/28",
             *       "10.0.1.1-10.0.1.20",
             *       "www.example.com"
             *     ]
             */
            hosts?: string[];
        };
        UpdateTargetBody: {
            target: components["schemas"]["UpdateTargetDto"];
        };
        PortRangeDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            protocol: "tcp" | "udp";
            /** @example 8000 */
            start: number;
            /** @example 8100 */
            end: number;
        };
        PortListAttributesDto: {
            /** @example Web servers */
            name: string;
            description?: string | null;
            /**
             * @description Engine the list is meant for; all: any engine
             * @enum {string}
             */
            app_type: "all" | "builtin" | "nmap";
            active: boolean;
            /** @description Installation-wide built-in list (read-only except for super admins; restored by sync) */
            builtin: boolean;
            /**
             * Format: uuid
             * @description null for built-in lists
             */
            organization_id?: string | null;
            /** @description Sorted by protocol and port; never overlapping */
            port_ranges: components["schemas"]["PortRangeDto"][];
            /**
             * @description The same ranges as text (T: TCP, U: UDP)
             * @example T:80,443,8000-8100,U:53
             */
            ports: string;
            /** @example 103 */
            tcp_port_count: number;
            /** @example 1 */
            udp_port_count: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        SyncResultDto: {
            /** @example synced */
            status: string;
            /**
             * @description Built-in lists restored from the data files
             * @example 6
             */
            port_lists: number;
            /**
             * @description Of those, how many were missing and re-created
             * @example 1
             */
            created: number;
        };
        PortRangeInputDto: {
            /** @enum {string} */
            protocol: "tcp" | "udp";
            /** @example 8000 */
            start: number;
            /**
             * @description Default: start (one port)
             * @example 8100
             */
            end?: number;
        };
        CreatePortListDto: {
            /** @example Web servers */
            name: string;
            description?: string;
            /**
             * @default all
             * @enum {string}
             */
            app_type: "all" | "builtin" | "nmap";
            /** @default true */
            active: boolean;
            /** @description Overlapping and adjacent ranges are merged */
            port_ranges?: components["schemas"]["PortRangeInputDto"][];
            /**
             * Format: uuid
             * @description Organization that owns the port list (super admins, and partner admins for their customers). Default: your own.
             */
            organization_id?: string;
        };
        CreatePortListBody: {
            port_list: components["schemas"]["CreatePortListDto"];
        };
        UpdatePortListDto: {
            name?: string;
            description?: string | null;
            /** @enum {string} */
            app_type?: "all" | "builtin" | "nmap";
            active?: boolean;
            /** @description Replaces every range (merged as on create) */
            port_ranges?: components["schemas"]["PortRangeInputDto"][];
        };
        UpdatePortListBody: {
            port_list: components["schemas"]["UpdatePortListDto"];
        };
        AddPortRangeBody: {
            port_range: components["schemas"]["PortRangeInputDto"];
        };
        ScannerVerificationDto: {
            /** @description null: never verified */
            ok?: boolean | null;
            /** @example 7.93 */
            engine_version?: string | null;
            message?: string | null;
            /** Format: date-time */
            verified_at?: string | null;
        };
        ScannerAttributesDto: {
            /** @example Built-in scanner */
            name: string;
            description?: string | null;
            /** @enum {string} */
            app_type: "builtin" | "nmap";
            active: boolean;
            /** @description Used by scans that name no scanner */
            default: boolean;
            /** @description Organizations the scanner is assigned to (only they may use it); empty: every organization. Shown to super admins only. */
            organization_ids: string[];
            last_verification: components["schemas"]["ScannerVerificationDto"];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateScannerDto: {
            /** @example Nmap on worker 1 */
            name: string;
            description?: string;
            /** @enum {string} */
            app_type: "builtin" | "nmap";
            /** @default true */
            active: boolean;
            /** @description Make this the default scanner (the previous default stops being one) */
            default?: boolean;
            /** @description Restrict the scanner to these organizations */
            organization_ids?: string[];
        };
        CreateScannerBody: {
            scanner: components["schemas"]["CreateScannerDto"];
        };
        UpdateScannerDto: {
            name?: string;
            description?: string | null;
            /** @enum {string} */
            app_type?: "builtin" | "nmap";
            active?: boolean;
            /** @description true makes this the default scanner; false is refused on the default (make another one default instead) */
            default?: boolean;
            /** @description Replaces the assignments; [] makes the scanner usable by everyone */
            organization_ids?: string[];
        };
        UpdateScannerBody: {
            scanner: components["schemas"]["UpdateScannerDto"];
        };
        VerifyResultDto: {
            /** @description The hash (or the file sent) is exactly this report’s file */
            match: boolean;
            /** Format: uuid */
            report_id: string;
            /** Format: date-time */
            generated_at: string | null;
            /** @description SHA-256 of what was checked (of the uploaded file, or the hash given) */
            sha256: string;
            /** @description Bytes received when a file was sent */
            size: number | null;
        };
        ScanProfileAttributesDto: {
            /** @example Full and fast */
            name: string;
            description?: string | null;
            /** Format: uuid */
            port_list_id: string;
            /**
             * @description Check families the engine runs
             * @example [
             *       "banner",
             *       "tls",
             *       "http",
             *       "rules"
             *     ]
             */
            checks: string[];
            /**
             * @description The check ids these families stand for (what the builtin engine runs; nmap runs the exposed-database check and the service version rules of them). A run closes only findings of the check ids its engine really ran (the run's coverage)
             * @example [
             *       "http.missing-hsts",
             *       "tls.weak-protocol-tls10"
             *     ]
             */
            check_ids: string[];
            /**
             * @description Per-connection timeout in milliseconds
             * @example 2000
             */
            timeout_ms: number;
            /**
             * @description Connections in flight at once
             * @example 200
             */
            concurrency: number;
            active: boolean;
            /** @description Used by scans that name no profile */
            default: boolean;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ScheduleAttributesDto: {
            /** Format: uuid */
            id: string;
            name: string | null;
            /** Format: uuid */
            scan_id: string;
            /** Format: uuid */
            organization_id: string;
            /** Format: uuid */
            user_id: string;
            /**
             * @description Local date-time in time_zone
             * @example 2026-03-02T09:00:00
             */
            start_at: string;
            /** @example Europe/Berlin */
            time_zone: string;
            /** @enum {string} */
            frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
            /** @example 1 */
            interval: number;
            weekdays: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[] | null;
            month_day: number | null;
            week_of_month: number | null;
            /** @enum {string|null} */
            weekday: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU" | null;
            /** @example 2026-12-31 */
            end_date: string | null;
            count: number | null;
            enabled: boolean;
            /**
             * @description RFC 5545
             * @example DTSTART;TZID=Europe/Berlin:20260302T090000
             *     RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO
             */
            rrule: string;
            /**
             * Format: date-time
             * @description Next run (UTC); null when the recurrence has ended
             */
            next_run_at: string | null;
            /**
             * Format: date-time
             * @description Due time of the last dispatched run
             */
            last_run_at: string | null;
            /**
             * @description skipped_already_running: the scan was still running at the slot
             * @enum {string|null}
             */
            last_run_outcome: "pending" | "started" | "skipped_already_running" | "scan_not_found" | "failed" | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateScheduleDto: {
            /**
             * @description First run, as a local date-time in time_zone. A value with an offset (Z, +02:00) is converted to time_zone.
             * @example 2026-03-02T09:00:00
             */
            start_at: string;
            /**
             * @description IANA time zone the schedule follows (daylight-saving aware)
             * @default UTC
             * @example Europe/Berlin
             */
            time_zone: string;
            /**
             * @example weekly
             * @enum {string}
             */
            frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
            /**
             * @description Every n-th hour/day/week/month/quarter/year
             * @default 1
             * @example 1
             */
            interval: number;
            /**
             * @description weekly only; default: the weekday of start_at
             * @example [
             *       "MO",
             *       "TH"
             *     ]
             */
            weekdays?: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
            /**
             * @description monthly/quarterly: day of the month (1-31; a day a month lacks falls on its last day), or -1 for the last day. Default: the day of start_at
             * @example 31
             */
            month_day?: number;
            /**
             * @description monthly/quarterly: n-th weekday of the month (with weekday); -1 = last
             * @example 2
             * @enum {number}
             */
            week_of_month?: 1 | 2 | 3 | 4 | -1;
            /**
             * @description monthly/quarterly: the weekday for week_of_month
             * @example TU
             * @enum {string}
             */
            weekday?: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
            /**
             * @description Last local day a run may happen (inclusive); not with count
             * @example 2026-12-31
             */
            end_date?: string | null;
            /**
             * @description Total number of runs from start_at; not with end_date
             * @example 10
             */
            count?: number | null;
            /** @example Weekly external scan */
            name?: string;
            /** @default true */
            enabled: boolean;
            /**
             * Format: uuid
             * @description The scan to run
             */
            scan_id: string;
            /**
             * Format: uuid
             * @description Admins of partner organizations and super admins: create in this organization
             */
            organization_id?: string;
        };
        CreateScheduleBody: {
            schedule: components["schemas"]["CreateScheduleDto"];
        };
        RecurrenceDto: {
            /**
             * @description First run, as a local date-time in time_zone. A value with an offset (Z, +02:00) is converted to time_zone.
             * @example 2026-03-02T09:00:00
             */
            start_at: string;
            /**
             * @description IANA time zone the schedule follows (daylight-saving aware)
             * @default UTC
             * @example Europe/Berlin
             */
            time_zone: string;
            /**
             * @example weekly
             * @enum {string}
             */
            frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
            /**
             * @description Every n-th hour/day/week/month/quarter/year
             * @default 1
             * @example 1
             */
            interval: number;
            /**
             * @description weekly only; default: the weekday of start_at
             * @example [
             *       "MO",
             *       "TH"
             *     ]
             */
            weekdays?: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
            /**
             * @description monthly/quarterly: day of the month (1-31; a day a month lacks falls on its last day), or -1 for the last day. Default: the day of start_at
             * @example 31
             */
            month_day?: number;
            /**
             * @description monthly/quarterly: n-th weekday of the month (with weekday); -1 = last
             * @example 2
             * @enum {number}
             */
            week_of_month?: 1 | 2 | 3 | 4 | -1;
            /**
             * @description monthly/quarterly: the weekday for week_of_month
             * @example TU
             * @enum {string}
             */
            weekday?: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
            /**
             * @description Last local day a run may happen (inclusive); not with count
             * @example 2026-12-31
             */
            end_date?: string | null;
            /**
             * @description Total number of runs from start_at; not with end_date
             * @example 10
             */
            count?: number | null;
        };
        FirstDateBody: {
            schedule: components["schemas"]["RecurrenceDto"];
        };
        FirstDateResultDto: {
            /**
             * Format: date-time
             * @description First run at or after now (UTC); null if none
             */
            first_date: string | null;
            /** @example Europe/Berlin */
            time_zone: string;
            /** @description RFC 5545 text of the recurrence */
            rrule: string;
        };
        NextDatesBody: {
            schedule: components["schemas"]["RecurrenceDto"];
            /**
             * @description How many dates
             * @default 5
             * @example 5
             */
            count: number;
        };
        NextDatesResultDto: {
            /** @description Next runs from now (UTC), ascending; fewer when the recurrence ends */
            dates: string[];
            /** @example Europe/Berlin */
            time_zone: string;
            /** @description RFC 5545 text of the recurrence */
            rrule: string;
        };
        UpdateScheduleDto: {
            /**
             * @description First run, as a local date-time in time_zone. A value with an offset (Z, +02:00) is converted to time_zone.
             * @example 2026-03-02T09:00:00
             */
            start_at?: string;
            /**
             * @description IANA time zone the schedule follows (daylight-saving aware)
             * @default UTC
             * @example Europe/Berlin
             */
            time_zone: string;
            /**
             * @example weekly
             * @enum {string}
             */
            frequency?: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
            /**
             * @description Every n-th hour/day/week/month/quarter/year
             * @default 1
             * @example 1
             */
            interval: number;
            /**
             * @description weekly only; default: the weekday of start_at
             * @example [
             *       "MO",
             *       "TH"
             *     ]
             */
            weekdays?: ("MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU")[];
            /**
             * @description monthly/quarterly: day of the month (1-31; a day a month lacks falls on its last day), or -1 for the last day. Default: the day of start_at
             * @example 31
             */
            month_day?: number;
            /**
             * @description monthly/quarterly: n-th weekday of the month (with weekday); -1 = last
             * @example 2
             * @enum {number}
             */
            week_of_month?: 1 | 2 | 3 | 4 | -1;
            /**
             * @description monthly/quarterly: the weekday for week_of_month
             * @example TU
             * @enum {string}
             */
            weekday?: "MO" | "TU" | "WE" | "TH" | "FR" | "SA" | "SU";
            /**
             * @description Last local day a run may happen (inclusive); not with count
             * @example 2026-12-31
             */
            end_date?: string | null;
            /**
             * @description Total number of runs from start_at; not with end_date
             * @example 10
             */
            count?: number | null;
            /** @example Weekly external scan */
            name?: string;
            /** @default true */
            enabled: boolean;
            /**
             * Format: uuid
             * @description The scan to run
             */
            scan_id?: string;
        };
        UpdateScheduleBody: {
            schedule: components["schemas"]["UpdateScheduleDto"];
        };
        UpcomingScanAttributesDto: {
            /** Format: uuid */
            schedule_id: string;
            schedule_name: string | null;
            /** Format: uuid */
            scan_id: string;
            /** @description Null until the scans module exposes scan names to schedules */
            scan_name: string | null;
            /** Format: uuid */
            organization_id: string;
            /** Format: date-time */
            next_run_at: string;
            /** @example Europe/Berlin */
            time_zone: string;
            /** @enum {string} */
            frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
        };
        ScanAttributesDto: {
            name: string;
            description: string | null;
            /** Format: uuid */
            target_id: string;
            /** Format: uuid */
            scanner_id: string | null;
            /** Format: uuid */
            scan_profile_id: string | null;
            /**
             * Format: uuid
             * @description null: the scan profile's port list
             */
            port_list_id: string | null;
            /**
             * @description Status of the latest run
             * @enum {string}
             */
            status: "never_run" | "queued" | "running" | "completed" | "stopped" | "failed";
            /** @description Progress of the latest run, percent */
            progress: number;
            /** Format: uuid */
            last_history_id: string | null;
            last_started_at: string | null;
            last_finished_at: string | null;
            /**
             * Format: date-time
             * @description The latest run's last sign of life from its worker (as in the histories); null before it starts
             */
            heartbeat_at: string | null;
            /** Format: uuid */
            user_id: string;
            /** Format: uuid */
            organization_id: string;
            created_at: string;
            updated_at: string;
        };
        CreateScanDto: {
            /** @example Weekly perimeter */
            name: string;
            description?: string | null;
            /** Format: uuid */
            target_id: string;
            /**
             * Format: uuid
             * @description Default: the default scanner usable by the organization
             */
            scanner_id?: string | null;
            /**
             * Format: uuid
             * @description Default: the default scan profile
             */
            scan_profile_id?: string | null;
            /**
             * Format: uuid
             * @description Ports to scan; default: the scan profile's port list
             */
            port_list_id?: string | null;
        };
        CreateScanBody: {
            scan: components["schemas"]["CreateScanDto"];
        };
        UpdateScanDto: {
            name?: string;
            description?: string | null;
            /** Format: uuid */
            target_id?: string;
            /** Format: uuid */
            scanner_id?: string | null;
            /** Format: uuid */
            scan_profile_id?: string | null;
            /** Format: uuid */
            port_list_id?: string | null;
        };
        UpdateScanBody: {
            scan: components["schemas"]["UpdateScanDto"];
        };
        SeverityTotalsDto: {
            /** @description Findings of the run, without those an active false positive, compensating control or accepted risk covers now (disputed ones at their recast severity) */
            total: number;
            critical: number;
            high: number;
            medium: number;
            low: number;
            info: number;
        };
        PciStatusDto: {
            /** @enum {string} */
            status: "pass" | "fail";
            /** @description Findings failing PCI ASV */
            failing: number;
        };
        ChangesDto: {
            /** @description Found now, not by the previous run */
            new: number;
            /** @description Found by the previous run, not now */
            fixed: number;
            /** @description Found by both */
            persisting: number;
            /** Format: uuid */
            previous_history_id: string | null;
        };
        ExceptionCountsDto: {
            false_positive: number;
            accepted_risk: number;
            compensating_control: number;
            /** @description Also in `open`, at the recast severity */
            disputed_severity: number;
        };
        RunStatisticsDto: {
            hosts_total: number;
            hosts_up: number;
            open_ports: number;
            vulnerabilities: components["schemas"]["SeverityTotalsDto"];
            pci: components["schemas"]["PciStatusDto"];
            changes: components["schemas"]["ChangesDto"];
            /** @description Findings of the run known exploited (CISA KEV) when it completed; absent on runs stored before it */
            known_exploited?: number;
            /** @description Findings of the run under an active exception now */
            exceptions?: components["schemas"]["ExceptionCountsDto"];
        };
        CoveredPortRangeDto: {
            /** @enum {string} */
            protocol: "tcp" | "udp";
            start: number;
            end: number;
        };
        RunCoverageDto: {
            /** @enum {string} */
            engine: "builtin" | "nmap";
            /** @description Check ids the run ran: the engine's capabilities for the profile's check families */
            check_ids: string[];
            ports: components["schemas"]["CoveredPortRangeDto"][];
            /** @description Hosts the run reached */
            hosts_up: number;
        };
        HistoryAttributesDto: {
            /** Format: uuid */
            scan_id: string;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "stopped" | "failed";
            progress: number;
            /** @enum {string} */
            trigger: "manual" | "schedule";
            /** Format: uuid */
            schedule_id: string | null;
            /** Format: uuid */
            user_id: string | null;
            /** @description Attempt number; a run whose worker died is retried once */
            attempt: number;
            started_at: string | null;
            finished_at: string | null;
            /** @description Last sign of life of the worker running it */
            heartbeat_at: string | null;
            stop_requested_at: string | null;
            error_message: string | null;
            /** @enum {string|null} */
            engine: "builtin" | "nmap" | null;
            engine_version: string | null;
            target_name: string | null;
            host_count: number | null;
            /** @description Set when the run completed */
            statistics: components["schemas"]["RunStatisticsDto"] | null;
            /** @description Set when the run completed: the checks it ran and the ports it probed. It closed (marked fixed) only findings of these checks, on these ports of the hosts it reached; every other finding kept its status. */
            coverage: components["schemas"]["RunCoverageDto"] | null;
            created_at: string;
        };
        StopResultDto: {
            /**
             * @description stopping: the worker aborts the engine within about a second
             * @enum {string}
             */
            status: "stopped" | "stopping";
            /** Format: uuid */
            history_id: string;
        };
        HostServiceDto: {
            /** @example 443 */
            port: number;
            /** @enum {string} */
            protocol: "tcp" | "udp";
            /** @enum {string} */
            state: "open" | "closed" | "filtered";
            /** @example https */
            service: string | null;
            /** @example nginx */
            product: string | null;
            /** @example 1.18.0 */
            version: string | null;
            banner: string | null;
            tls: boolean;
        };
        ScanHostAttributesDto: {
            /** Format: uuid */
            scan_id: string;
            /** Format: uuid */
            history_id: string;
            /**
             * Format: uuid
             * @description The organization-wide host (/v2/hosts)
             */
            host_id: string | null;
            address: string;
            hostname: string | null;
            /** @enum {string} */
            status: "up" | "down";
            os: string | null;
            services: components["schemas"]["HostServiceDto"][];
            vulnerability_count: number;
            /** @enum {string|null} */
            max_severity: "info" | "low" | "medium" | "high" | "critical" | null;
            scanned_at: string;
        };
        VulnerabilityExceptionDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            reason: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity";
            /**
             * @description A pending exception changes nothing until approved
             * @enum {string}
             */
            status: "pending" | "active";
        };
        ScanVulnerabilityAttributesDto: {
            /**
             * @description Stable id of the check that found it
             * @example http.missing-hsts
             */
            check_id: string;
            title: string;
            description: string;
            solution: string;
            /**
             * @description Effective severity: the recast one while an active disputed-severity exception covers the finding
             * @enum {string}
             */
            severity: "info" | "low" | "medium" | "high" | "critical";
            /**
             * @description The severity the check reported (cvss_score is always the reported one)
             * @enum {string}
             */
            original_severity: "info" | "low" | "medium" | "high" | "critical";
            /** @example 5.3 */
            cvss_score: number;
            /** @example CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N */
            cvss_vector: string;
            cve: string[];
            cwe: string[];
            /** @description What was observed (header, banner, certificate dates ...) */
            evidence: string;
            /** @example 192.0.2.10 */
            host: string;
            hostname: string | null;
            /**
             * @description null for host-level findings
             * @example 443
             */
            port: number | null;
            /** @enum {string|null} */
            protocol: "tcp" | "udp" | null;
            /**
             * @description PCI ASV: fail when CVSS ≥ 4.0 or an automatic failure applies; an active false positive or compensating control passes, a disputed severity fails from medium up
             * @enum {string}
             */
            pci_status: "pass" | "fail";
            pci_reason: string | null;
            /** @enum {string} */
            status: "open" | "fixed" | "reopened";
            /** @description The exception covering the finding (an active one wins over a pending one); null when none */
            exception: components["schemas"]["VulnerabilityExceptionDto"] | null;
            /** @description One of its CVEs is in the CISA Known Exploited Vulnerabilities catalogue */
            known_exploited: boolean;
            /**
             * Format: date
             * @description The earliest CISA KEV due date (BOD 22-01) of its CVEs
             */
            kev_due_date: string | null;
            /**
             * @description FIRST EPSS: the highest latest score among its CVEs (probability of exploitation in 30 days)
             * @example 0.97565
             */
            epss_score: number | null;
            /**
             * @description The percentile of that EPSS score
             * @example 0.99996
             */
            epss_percentile: number | null;
            first_seen_at: string;
            last_seen_at: string;
            fixed_at: string | null;
            /** Format: uuid */
            host_id: string | null;
            /** Format: uuid */
            last_scan_id: string | null;
            /** Format: uuid */
            last_history_id: string | null;
            /** Format: uuid */
            organization_id: string;
            created_at: string;
            updated_at: string;
            /** Format: uuid */
            scan_id: string;
            /** Format: uuid */
            history_id: string;
            /** Format: uuid */
            scan_host_id: string;
            /**
             * Format: uuid
             * @description The deduplicated finding (/v2/vulnerabilities/{id})
             */
            vulnerability_id: string;
            /**
             * @description Compared with the previous run of this scan
             * @enum {string}
             */
            change: "new" | "persisting";
        };
        RunCountsDto: {
            total: number;
            completed: number;
            failed: number;
            stopped: number;
        };
        ScanStatisticsDto: {
            hosts_total: number;
            hosts_up: number;
            open_ports: number;
            vulnerabilities: components["schemas"]["SeverityTotalsDto"];
            pci: components["schemas"]["PciStatusDto"];
            changes: components["schemas"]["ChangesDto"];
            /** @description Findings of the run known exploited (CISA KEV) when it completed; absent on runs stored before it */
            known_exploited?: number;
            /** @description Findings of the run under an active exception now */
            exceptions?: components["schemas"]["ExceptionCountsDto"];
            /** Format: uuid */
            scan_id: string;
            /**
             * Format: uuid
             * @description The run these figures are of (null: no completed run yet)
             */
            history_id: string | null;
            runs: components["schemas"]["RunCountsDto"];
        };
        VulnerabilityAttributesDto: {
            /**
             * @description Stable id of the check that found it
             * @example http.missing-hsts
             */
            check_id: string;
            title: string;
            description: string;
            solution: string;
            /**
             * @description Effective severity: the recast one while an active disputed-severity exception covers the finding
             * @enum {string}
             */
            severity: "info" | "low" | "medium" | "high" | "critical";
            /**
             * @description The severity the check reported (cvss_score is always the reported one)
             * @enum {string}
             */
            original_severity: "info" | "low" | "medium" | "high" | "critical";
            /** @example 5.3 */
            cvss_score: number;
            /** @example CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:N/A:N */
            cvss_vector: string;
            cve: string[];
            cwe: string[];
            /** @description What was observed (header, banner, certificate dates ...) */
            evidence: string;
            /** @example 192.0.2.10 */
            host: string;
            hostname: string | null;
            /**
             * @description null for host-level findings
             * @example 443
             */
            port: number | null;
            /** @enum {string|null} */
            protocol: "tcp" | "udp" | null;
            /**
             * @description PCI ASV: fail when CVSS ≥ 4.0 or an automatic failure applies; an active false positive or compensating control passes, a disputed severity fails from medium up
             * @enum {string}
             */
            pci_status: "pass" | "fail";
            pci_reason: string | null;
            /** @enum {string} */
            status: "open" | "fixed" | "reopened";
            /** @description The exception covering the finding (an active one wins over a pending one); null when none */
            exception: components["schemas"]["VulnerabilityExceptionDto"] | null;
            /** @description One of its CVEs is in the CISA Known Exploited Vulnerabilities catalogue */
            known_exploited: boolean;
            /**
             * Format: date
             * @description The earliest CISA KEV due date (BOD 22-01) of its CVEs
             */
            kev_due_date: string | null;
            /**
             * @description FIRST EPSS: the highest latest score among its CVEs (probability of exploitation in 30 days)
             * @example 0.97565
             */
            epss_score: number | null;
            /**
             * @description The percentile of that EPSS score
             * @example 0.99996
             */
            epss_percentile: number | null;
            first_seen_at: string;
            last_seen_at: string;
            fixed_at: string | null;
            /** Format: uuid */
            host_id: string | null;
            /** Format: uuid */
            last_scan_id: string | null;
            /** Format: uuid */
            last_history_id: string | null;
            /** Format: uuid */
            organization_id: string;
            created_at: string;
            updated_at: string;
        };
        SeverityCountsDto: {
            critical: number;
            high: number;
            medium: number;
            low: number;
            info: number;
        };
        TotalWidgetDto: {
            /** @description Open and reopened findings, without those an active false positive, compensating control or accepted risk covers */
            open: number;
            fixed: number;
            /** @description Every finding: open + fixed + the excepted ones */
            total: number;
            /** @description Open findings by (effective) severity */
            by_severity: components["schemas"]["SeverityCountsDto"];
            /** @description Open findings under an active exception, by reason */
            exceptions: components["schemas"]["ExceptionCountsDto"];
            /** @description Open findings that are known exploited (CISA KEV) */
            known_exploited: number;
            /** @description Of those, the ones past their KEV due date */
            known_exploited_overdue: number;
            /** @description Open findings with an EPSS score of at least 0.1 */
            epss_at_least_10: number;
        };
        TopEntryDto: {
            check_id: string;
            title: string;
            /** @enum {string} */
            severity: "info" | "low" | "medium" | "high" | "critical";
            /** @description Open findings of this check */
            open: number;
            pci_failing: number;
        };
        TopWidgetDto: {
            data: components["schemas"]["TopEntryDto"][];
        };
        PciWidgetDto: {
            /** @description true when no open finding fails PCI ASV */
            compliant: boolean;
            /** @enum {string} */
            status: "pass" | "fail";
            failing_vulnerabilities: number;
            hosts_total: number;
            hosts_failing: number;
            hosts_passing: number;
        };
        VulnerabilityCountsDto: {
            critical: number;
            high: number;
            medium: number;
            low: number;
            info: number;
        };
        HostAttributesDto: {
            /** @example 192.0.2.10 */
            address: string;
            hostname: string | null;
            /** @enum {string} */
            status: "up" | "down";
            os: string | null;
            services: components["schemas"]["HostServiceDto"][];
            open_ports: number;
            /** @description Open (and reopened) findings */
            vulnerabilities: components["schemas"]["VulnerabilityCountsDto"];
            /** @description critical×1000 + high×100 + medium×10 + low */
            risk_score: number;
            /** @enum {string} */
            pci_status: "pass" | "fail";
            first_seen_at: string;
            last_seen_at: string;
            /** Format: uuid */
            last_scan_id: string | null;
            /** Format: uuid */
            organization_id: string;
            created_at: string;
            updated_at: string;
        };
        WizardScanDto: {
            /** @example Weekly perimeter */
            name: string;
            description?: string | null;
            /** Format: uuid */
            scanner_id?: string | null;
            /** Format: uuid */
            scan_profile_id?: string | null;
            /** Format: uuid */
            port_list_id?: string | null;
        };
        WizardBody: {
            /** @description Same attributes as `POST /v2/targets` (`target`) */
            target: {
                [key: string]: unknown;
            };
            scan: components["schemas"]["WizardScanDto"];
            /** @description Same attributes as `POST /v2/schedules` (`schedule`), without scan_id */
            schedule?: {
                [key: string]: unknown;
            };
            /** @description Start a first run right away */
            start_now?: boolean;
        };
        WizardResultDto: {
            /** Format: uuid */
            target_id: string;
            /** Format: uuid */
            scan_id: string;
            /** Format: uuid */
            schedule_id: string | null;
            /**
             * Format: uuid
             * @description The first run when start_now was true
             */
            history_id: string | null;
        };
        SaqSourceDto: {
            document: string;
            revision: string;
            /** @example 2024-10-11 */
            published: string;
            file: string;
            url: string;
        };
        SaqCriterionDto: {
            /** @example ecommerce_only */
            id: string;
            text: string;
        };
        SaqTypeAttributesDto: {
            /** @enum {string} */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            /** @example SAQ A-EP */
            name: string;
            title: string;
            /** @description Who the type is for */
            audience: string;
            /** @enum {string} */
            applies_to: "merchant" | "service_provider";
            channels: ("ecommerce" | "moto" | "card_present")[];
            /** @example 4.0.1 */
            pci_dss_version: string;
            source: components["schemas"]["SaqSourceDto"];
            /**
             * @description How the requirement list was established
             * @enum {string}
             */
            provenance: "transcribed" | "derived";
            provenance_note: string;
            eligibility: components["schemas"]["SaqCriterionDto"][];
            responses: ("in_place" | "in_place_ccw" | "not_applicable" | "not_tested" | "not_in_place")[];
            /**
             * @description Number of requirements (questions)
             * @example 155
             */
            question_count: number;
            /**
             * @example {
             *       "1": 18,
             *       "2": 9
             *     }
             */
            questions_by_principal_requirement: {
                [key: string]: number;
            };
            /** @description Contains 11.3.2 (quarterly ASV scans) */
            asv_scan_required: boolean;
        };
        SaqTemplateRequirementDto: {
            /** @example 11.3.2 */
            id: string;
            text: string;
            /** @description Needs the ASV scan */
            asv_scan: boolean;
            note: string | null;
        };
        SaqTemplatePrincipalDto: {
            /** @example 11 */
            number: string;
            title: string;
            requirements: components["schemas"]["SaqTemplateRequirementDto"][];
        };
        SaqTemplateAttributesDto: {
            /** @enum {string} */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            /** @example SAQ A-EP */
            name: string;
            title: string;
            /** @description Who the type is for */
            audience: string;
            /** @enum {string} */
            applies_to: "merchant" | "service_provider";
            channels: ("ecommerce" | "moto" | "card_present")[];
            /** @example 4.0.1 */
            pci_dss_version: string;
            source: components["schemas"]["SaqSourceDto"];
            /**
             * @description How the requirement list was established
             * @enum {string}
             */
            provenance: "transcribed" | "derived";
            provenance_note: string;
            eligibility: components["schemas"]["SaqCriterionDto"][];
            responses: ("in_place" | "in_place_ccw" | "not_applicable" | "not_tested" | "not_in_place")[];
            /**
             * @description Number of requirements (questions)
             * @example 155
             */
            question_count: number;
            /**
             * @example {
             *       "1": 18,
             *       "2": 9
             *     }
             */
            questions_by_principal_requirement: {
                [key: string]: number;
            };
            /** @description Contains 11.3.2 (quarterly ASV scans) */
            asv_scan_required: boolean;
            scope_notes: string[];
            principal_requirements: components["schemas"]["SaqTemplatePrincipalDto"][];
        };
        RecommendEcommerceDto: {
            /**
             * @description redirect: customers go to the provider page; iframe: the provider form embedded in your page; direct_post / javascript_form: your page builds the form and sends card data straight to the provider; merchant_server: your servers receive card data
             * @enum {string}
             */
            payment_page: "redirect" | "iframe" | "direct_post" | "javascript_form" | "merchant_server";
            /** @description iframe only: your page is protected against script attacks (FAQ 1588) */
            scripts_protected?: boolean;
        };
        RecommendMethodDto: {
            /** @enum {string} */
            method: "fully_outsourced" | "virtual_terminal" | "p2pe_terminals" | "ip_terminals" | "dial_out_terminals" | "payment_application" | "imprint_only" | "spoc";
        };
        RecommendAnswersDto: {
            service_provider: boolean;
            channels: ("ecommerce" | "moto" | "card_present")[];
            stores_account_data_electronically: boolean;
            ecommerce?: components["schemas"]["RecommendEcommerceDto"];
            /** @description method: fully_outsourced, virtual_terminal, p2pe_terminals, ip_terminals, dial_out_terminals, payment_application */
            moto?: components["schemas"]["RecommendMethodDto"];
            /** @description method: imprint_only, dial_out_terminals, ip_terminals, p2pe_terminals, spoc, virtual_terminal, payment_application */
            card_present?: components["schemas"]["RecommendMethodDto"];
            /** @description Required for IP terminals, P2PE terminals, payment applications and virtual terminals */
            isolated_from_other_systems?: boolean;
            /** @description Required for P2PE terminals */
            p2pe_instruction_manual_followed?: boolean;
            /** @description Required for e-commerce, fully outsourced MOTO and virtual terminals */
            providers_pci_compliant?: boolean;
        };
        RecommendBody: {
            answers: components["schemas"]["RecommendAnswersDto"];
        };
        RecommendedChannelDto: {
            /** @enum {string} */
            channel: "ecommerce" | "moto" | "card_present";
            /** @enum {string} */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            reason: string;
        };
        NotSuitableDto: {
            /** @enum {string} */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            name: string;
            reason: string;
        };
        RecommendationDto: {
            /**
             * @example A-EP
             * @enum {string}
             */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            /** @example SAQ A-EP */
            name: string;
            reasons: string[];
            /** @description The type each channel alone points to */
            channels: components["schemas"]["RecommendedChannelDto"][];
            /** @description Why each other type does not fit */
            not_suitable: components["schemas"]["NotSuitableDto"][];
        };
        CcwDto: {
            constraints: string;
            objective: string;
            identified_risk: string;
            /** @description Definition of the compensating controls */
            definition: string;
            validation: string;
            maintenance: string;
        };
        SaqAnswerDto: {
            /** @enum {string} */
            response: "in_place" | "in_place_ccw" | "not_applicable" | "not_tested" | "not_in_place";
            explanation: string | null;
            ccw: components["schemas"]["CcwDto"] | null;
            /** Format: date */
            remediation_date: string | null;
            legal_exception: boolean;
            /** Format: date-time */
            answered_at: string;
            /** Format: uuid */
            answered_by: string | null;
        };
        ResponseCountsDto: {
            in_place: number;
            in_place_ccw: number;
            not_applicable: number;
            not_tested: number;
            not_in_place: number;
        };
        AssessmentPeriodDto: {
            /**
             * @description First day (YYYY-MM-DD)
             * @example 2026-01-01
             */
            start: string;
            /**
             * @description Last day (YYYY-MM-DD), not before start
             * @example 2026-12-31
             */
            end: string;
        };
        SaqPart1AttributesDto: {
            /** @example Acme Coffee Ltd */
            company_name?: string | null;
            /** @description Doing business as */
            dba?: string | null;
            mailing_address?: string | null;
            website?: string | null;
            contact_name?: string | null;
            contact_title?: string | null;
            contact_phone?: string | null;
            contact_email?: string | null;
            /** @description PCI SSC Internal Security Assessor(s) */
            isa_names?: string | null;
            /** @description Qualified Security Assessor company */
            qsa_company?: string | null;
            qsa_lead_assessor?: string | null;
        };
        SaqLocationDto: {
            /** @example Retail store */
            facility_type: string;
            /** @example 3 */
            count: number;
            /** @example Boston, MA, USA */
            location: string;
        };
        SaqServiceProviderDto: {
            /** @example Example Payments Inc. */
            name: string;
            /** @example Payment gateway and hosted payment fields */
            services: string;
        };
        SaqPart2AttributesDto: {
            business_description: string | null;
            payment_channels: ("ecommerce" | "moto" | "card_present")[];
            excluded_channels_explanation: string | null;
            channel_description: string | null;
            environment_description: string | null;
            segmentation_used: boolean | null;
            locations: components["schemas"]["SaqLocationDto"][];
            service_providers: components["schemas"]["SaqServiceProviderDto"][];
            eligibility_confirmed: boolean;
        };
        AsvEvidenceDto: {
            /** Format: uuid */
            history_id: string;
            /** Format: uuid */
            scan_id: string;
            scan_name: string;
            /** Format: date-time */
            completed_at: string;
            /**
             * Format: date-time
             * @description 90 days after completed_at
             */
            expires_at: string;
            /** @enum {string} */
            status: "pass";
            /**
             * Format: uuid
             * @description The pci_asv report of that run, when one exists
             */
            report_id: string | null;
        };
        AttestationAttributesDto: {
            name: string;
            title: string;
            /** Format: date */
            date: string;
            /** Format: date */
            target_date: string | null;
            /** Format: uuid */
            user_id: string;
            username: string;
            /** Format: date-time */
            approved_at: string;
        };
        SaqAttributesDto: {
            /** @enum {string} */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            /** @example SAQ A-EP */
            type_name: string;
            /** @example 4.0.1 */
            pci_dss_version: string;
            /** @enum {string} */
            state: "draft" | "approved";
            /**
             * @description AOC result from the answers: compliant (every requirement in place, in place with CCW or not applicable; SAQ D excepts not tested), compliant_with_legal_exception (the only not-in-place answers are legal restrictions), non_compliant (anything unanswered or not in place)
             * @enum {string}
             */
            status: "compliant" | "non_compliant" | "compliant_with_legal_exception";
            /** @description SAQ D with not_tested answers: a partial assessment */
            partial: boolean;
            /**
             * @description Percent of requirements answered
             * @example 40
             */
            progress: number;
            requirement_count: number;
            answered_count: number;
            response_counts: components["schemas"]["ResponseCountsDto"];
            assessment_period: components["schemas"]["AssessmentPeriodDto"];
            part1: components["schemas"]["SaqPart1AttributesDto"];
            part2: components["schemas"]["SaqPart2AttributesDto"];
            /** @description Answers by requirement id (left out of list items: GET the SAQ for them) */
            answers?: {
                [key: string]: components["schemas"]["SaqAnswerDto"];
            };
            /** @description The type contains 11.3.2: approval as compliant needs a passing ASV scan */
            asv_scan_required: boolean;
            /** @description Latest passing PCI ASV scan within 90 days (frozen at approval); null when none */
            asv_evidence: components["schemas"]["AsvEvidenceDto"] | null;
            /**
             * @description What stops approval now: unanswered_requirements, eligibility_not_confirmed, asv_scan_missing, already_approved
             * @example [
             *       "unanswered_requirements",
             *       "asv_scan_missing"
             *     ]
             */
            approval_blockers: string[];
            attestation: components["schemas"]["AttestationAttributesDto"] | null;
            /** Format: date-time */
            approved_at: string | null;
            /**
             * Format: date-time
             * @description A year after the attestation date
             */
            expires_at: string | null;
            /** Format: date-time */
            expiry_reminder_sent_at: string | null;
            /** @description The organization's template for this type */
            template: boolean;
            /** Format: uuid */
            cloned_from_id: string | null;
            /** Format: uuid */
            organization_id: string;
            /** Format: uuid */
            created_by: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        SaqPart1Dto: {
            /** @example Acme Coffee Ltd */
            company_name?: string | null;
            /** @description Doing business as */
            dba?: string | null;
            mailing_address?: string | null;
            website?: string | null;
            contact_name?: string | null;
            contact_title?: string | null;
            contact_phone?: string | null;
            contact_email?: string | null;
            /** @description PCI SSC Internal Security Assessor(s) */
            isa_names?: string | null;
            /** @description Qualified Security Assessor company */
            qsa_company?: string | null;
            qsa_lead_assessor?: string | null;
        };
        SaqPart2Dto: {
            business_description?: string | null;
            /** @description Channels included in this assessment */
            payment_channels?: ("ecommerce" | "moto" | "card_present")[];
            /** @description Channels left out of this assessment, and why */
            excluded_channels_explanation?: string | null;
            /** @description How each channel handles account data */
            channel_description?: string | null;
            /** @description High-level description of the environment */
            environment_description?: string | null;
            segmentation_used?: boolean | null;
            locations?: components["schemas"]["SaqLocationDto"][];
            service_providers?: components["schemas"]["SaqServiceProviderDto"][];
            /** @description Part 2h: every eligibility criterion of the type is confirmed */
            eligibility_confirmed?: boolean;
        };
        CreateSaqDto: {
            /**
             * @example A-EP
             * @enum {string}
             */
            type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            /** @description Default: today until a year later (or the next year after the previous SAQ) */
            assessment_period?: components["schemas"]["AssessmentPeriodDto"];
            /** @description Overrides the values prefilled from the organization */
            part1?: components["schemas"]["SaqPart1Dto"];
            part2?: components["schemas"]["SaqPart2Dto"];
            /** @description Answers by PCI DSS requirement id: `{"6.4.3": {"response": "in_place"}}`. `response` is one of the options of the type (`not_tested` only in SAQ D). `in_place_ccw` needs `ccw` with constraints, objective, identified_risk, definition, validation, maintenance; `not_applicable` and `not_tested` need `explanation`; `not_in_place` needs `remediation_date` (YYYY-MM-DD), or `legal_exception: true` with `explanation` describing the legal restriction. `null` clears an answer. Partial: requirements not named keep their answers. Any problem is a 422 naming the field, and nothing is saved. */
            answers?: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description Owning organization (super admins, and partner admins for their customers). Default: your own.
             */
            organization_id?: string;
        };
        CreateSaqBody: {
            saq: components["schemas"]["CreateSaqDto"];
        };
        UpdateSaqDto: {
            /** @description Answers by PCI DSS requirement id: `{"6.4.3": {"response": "in_place"}}`. `response` is one of the options of the type (`not_tested` only in SAQ D). `in_place_ccw` needs `ccw` with constraints, objective, identified_risk, definition, validation, maintenance; `not_applicable` and `not_tested` need `explanation`; `not_in_place` needs `remediation_date` (YYYY-MM-DD), or `legal_exception: true` with `explanation` describing the legal restriction. `null` clears an answer. Partial: requirements not named keep their answers. Any problem is a 422 naming the field, and nothing is saved. */
            answers?: {
                [key: string]: unknown;
            };
            assessment_period?: components["schemas"]["AssessmentPeriodDto"];
            /** @description Fields given replace the stored ones; null clears */
            part1?: components["schemas"]["SaqPart1Dto"];
            /** @description Fields given replace the stored ones */
            part2?: components["schemas"]["SaqPart2Dto"];
        };
        UpdateSaqBody: {
            saq: components["schemas"]["UpdateSaqDto"];
        };
        CloneSaqDto: {
            /** @description Default: the year after the source period */
            assessment_period?: components["schemas"]["AssessmentPeriodDto"];
        };
        CloneSaqBody: {
            saq?: components["schemas"]["CloneSaqDto"];
        };
        AttestationDto: {
            /**
             * @description Name of the signing officer
             * @example Ada Lovelace
             */
            name: string;
            /** @example Chief Executive Officer */
            title: string;
            /**
             * @description Date of the signature (YYYY-MM-DD), not in the future
             * @example 2026-11-30
             */
            date: string;
            /**
             * @description Required when the result is non_compliant: target date for compliance (YYYY-MM-DD)
             * @example 2027-03-31
             */
            target_date?: string;
        };
        ApproveSaqBody: {
            attestation: components["schemas"]["AttestationDto"];
        };
        ReportScopeDto: {
            /** Format: uuid */
            scan_id?: string | null;
            /** Format: uuid */
            history_id?: string | null;
            scan_ids?: string[] | null;
            /** Format: uuid */
            target_id?: string | null;
            /** Format: uuid */
            base_history_id?: string | null;
        };
        ReportFiltersDto: {
            /**
             * @example [
             *       "critical",
             *       "high"
             *     ]
             */
            severity?: ("info" | "low" | "medium" | "high" | "critical")[];
            /** @description Finding statuses. Default: all, except executive, remediation and pci_asv reports over the whole organization, which show open and reopened findings. */
            status?: ("open" | "fixed" | "reopened")[];
            /**
             * Format: date-time
             * @description Findings last seen at or after this instant
             */
            date_range_start?: string;
            /**
             * Format: date-time
             * @description Findings last seen at or before this instant
             */
            date_range_end?: string;
        };
        ReportAttributesDto: {
            /** @example Weekly web — Executive Summary */
            name: string;
            /** @enum {string} */
            kind: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
            /** @enum {string} */
            format: "pdf" | "csv" | "json" | "sarif";
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            /**
             * @description schedule: made by an advanced report's recurrence
             * @enum {string}
             */
            trigger: "manual" | "schedule";
            /**
             * @description Percent done, 100 when completed
             * @example 42
             */
            progress: number;
            /** @description Why it failed */
            error_message: string | null;
            /** @example weekly-web-executive-20261202-1405.pdf */
            file_name: string | null;
            /** @example application/pdf */
            content_type: string | null;
            /** @description Bytes */
            size: number | null;
            /** @description SHA-256 of the file, hex */
            sha256: string | null;
            /** @description base64 Ed25519 signature of the file's 32-byte SHA-256 digest (public key: GET /reports/signing_key) */
            signature: string | null;
            scope: components["schemas"]["ReportScopeDto"];
            filters: components["schemas"]["ReportFiltersDto"];
            /** @description Chosen sections (null: all) */
            sections: string[] | null;
            /**
             * @description Time zone of the dates in the PDF (the requester’s)
             * @example Europe/Paris
             */
            time_zone: string;
            /** @description The file can be downloaded (completed and not removed by retention) */
            file_available: boolean;
            /** Format: date-time */
            started_at: string | null;
            /** Format: date-time */
            generated_at: string | null;
            /**
             * Format: date-time
             * @description When retention removes the file
             */
            expires_at: string | null;
            /** Format: uuid */
            advanced_report_id: string | null;
            /**
             * Format: uuid
             * @description Who asked for it
             */
            user_id: string | null;
            /** Format: uuid */
            organization_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        GenerateReportDto: {
            /** @enum {string} */
            kind: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
            /**
             * @description pdf for every kind; csv and json for detailed and delta; sarif (2.1.0) for detailed.
             * @enum {string}
             */
            format: "pdf" | "csv" | "json" | "sarif";
            /**
             * Format: uuid
             * @description A scan: its latest completed run
             */
            scan_id?: string;
            /**
             * Format: uuid
             * @description One run (a scan history). Delta: the run to compare.
             */
            history_id?: string;
            /** @description Several scans: their latest completed runs */
            scan_ids?: string[];
            /**
             * Format: uuid
             * @description A target: the latest completed runs of its scans
             */
            target_id?: string;
            /**
             * Format: uuid
             * @description Delta only: the run compared against (the older one)
             */
            base_history_id?: string;
            filters?: components["schemas"]["ReportFiltersDto"];
            /** @description Sections to include (default: all of the kind). executive: summary, severity_chart, trend, top_hosts, top_issues, pci_status; detailed: summary, hosts, findings, exceptions; remediation: summary, chart, actions; pci_asv: attestation, components, vulnerabilities, special_notes, exceptions; delta: summary, new, reopened, fixed, persisting. */
            sections?: string[];
            /** @description Shown on the cover and in the file name (default: from kind and scope) */
            name?: string;
        };
        GenerateReportBody: {
            report: components["schemas"]["GenerateReportDto"];
        };
        ReportExistsDto: {
            /** @description The file is ready for download */
            exists: boolean;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed";
            /** @example 100 */
            progress: number;
        };
        VerifyHashDto: {
            /**
             * @description SHA-256, hex
             * @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
             */
            sha256: string;
        };
        SigningKeyJwkDto: {
            /** @example OKP */
            kty: string;
            /** @example Ed25519 */
            crv: string;
            /** @description Public key, base64url */
            x: string;
            kid: string;
            /** @example sig */
            use: string;
            /** @example EdDSA */
            alg: string;
        };
        SigningKeyDto: {
            /** @example Ed25519 */
            algorithm: string;
            /** @description RFC 7638 thumbprint of the JWK */
            key_id: string;
            /** @description SubjectPublicKeyInfo, PEM */
            pem: string;
            jwk: components["schemas"]["SigningKeyJwkDto"];
            /** Format: date-time */
            created_at: string;
            /**
             * @description What is signed: the 32 raw bytes of the SHA-256 digest of the report file
             * @example Ed25519(SHA-256(file))
             */
            signs: string;
        };
        RecurrenceAttributesDto: {
            start_at: string;
            time_zone: string;
            /** @enum {string} */
            frequency: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
            interval: number;
            weekdays: string[] | null;
            month_day: number | null;
            week_of_month: number | null;
            weekday: string | null;
            end_date: string | null;
            count: number | null;
        };
        AdvancedReportAttributesDto: {
            name: string;
            description: string | null;
            kind: string;
            format: string;
            scope: components["schemas"]["ReportScopeDto"];
            filters: components["schemas"]["ReportFiltersDto"];
            sections: string[] | null;
            recipients: string[];
            external_recipients_allowed: boolean;
            recurrence: components["schemas"]["RecurrenceAttributesDto"] | null;
            /**
             * @example DTSTART;TZID=Europe/Berlin:20260302T070000
             *     RRULE:FREQ=MONTHLY
             */
            rrule: string | null;
            enabled: boolean;
            /** Format: date-time */
            next_run_at: string | null;
            /** Format: date-time */
            last_run_at: string | null;
            /** Format: uuid */
            last_report_id: string | null;
            /**
             * Format: uuid
             * @description Owner: recurring runs are requested in their name
             */
            user_id: string;
            /** Format: uuid */
            organization_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateAdvancedReportDto: {
            /** @enum {string} */
            kind: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
            /**
             * @description pdf for every kind; csv and json for detailed and delta; sarif (2.1.0) for detailed.
             * @enum {string}
             */
            format: "pdf" | "csv" | "json" | "sarif";
            /**
             * Format: uuid
             * @description A scan: its latest completed run
             */
            scan_id?: string;
            /**
             * Format: uuid
             * @description One run (a scan history). Delta: the run to compare.
             */
            history_id?: string;
            /** @description Several scans: their latest completed runs */
            scan_ids?: string[];
            /**
             * Format: uuid
             * @description A target: the latest completed runs of its scans
             */
            target_id?: string;
            /**
             * Format: uuid
             * @description Delta only: the run compared against (the older one)
             */
            base_history_id?: string;
            filters?: components["schemas"]["ReportFiltersDto"];
            /** @description Sections to include (default: all of the kind). executive: summary, severity_chart, trend, top_hosts, top_issues, pci_status; detailed: summary, hosts, findings, exceptions; remediation: summary, chart, actions; pci_asv: attestation, components, vulnerabilities, special_notes, exceptions; delta: summary, new, reopened, fixed, persisting. */
            sections?: string[];
            /** @example Monthly PCI pack */
            name: string;
            description?: string | null;
            /**
             * @description Told (with a download link) when a recurring run completes. Addresses outside the organization get it only once an Admin sets external_recipients_allowed.
             * @example [
             *       "secops@example.com"
             *     ]
             */
            recipients?: string[];
            /** @description Admins only: allow links to recipients who are not members of the organization (reset when a User changes recipients) */
            external_recipients_allowed?: boolean;
            /** @description null: on demand only */
            recurrence?: components["schemas"]["RecurrenceDto"] | null;
            /**
             * @description false pauses the recurrence
             * @default true
             */
            enabled: boolean;
        };
        CreateAdvancedReportBody: {
            advanced_report: components["schemas"]["CreateAdvancedReportDto"];
        };
        UpdateAdvancedReportDto: {
            /** @enum {string} */
            kind?: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
            /**
             * @description pdf for every kind; csv and json for detailed and delta; sarif (2.1.0) for detailed.
             * @enum {string}
             */
            format?: "pdf" | "csv" | "json" | "sarif";
            /**
             * Format: uuid
             * @description A scan: its latest completed run
             */
            scan_id?: string;
            /**
             * Format: uuid
             * @description One run (a scan history). Delta: the run to compare.
             */
            history_id?: string;
            /** @description Several scans: their latest completed runs */
            scan_ids?: string[];
            /**
             * Format: uuid
             * @description A target: the latest completed runs of its scans
             */
            target_id?: string;
            /**
             * Format: uuid
             * @description Delta only: the run compared against (the older one)
             */
            base_history_id?: string;
            filters?: components["schemas"]["ReportFiltersDto"];
            /** @description Sections to include (default: all of the kind). executive: summary, severity_chart, trend, top_hosts, top_issues, pci_status; detailed: summary, hosts, findings, exceptions; remediation: summary, chart, actions; pci_asv: attestation, components, vulnerabilities, special_notes, exceptions; delta: summary, new, reopened, fixed, persisting. */
            sections?: string[];
            /** @example Monthly PCI pack */
            name?: string;
            description?: string | null;
            /**
             * @description Told (with a download link) when a recurring run completes. Addresses outside the organization get it only once an Admin sets external_recipients_allowed.
             * @example [
             *       "secops@example.com"
             *     ]
             */
            recipients?: string[];
            /** @description Admins only: allow links to recipients who are not members of the organization (reset when a User changes recipients) */
            external_recipients_allowed?: boolean;
            /** @description null: on demand only */
            recurrence?: components["schemas"]["RecurrenceDto"] | null;
            /**
             * @description false pauses the recurrence
             * @default true
             */
            enabled: boolean;
        };
        UpdateAdvancedReportBody: {
            advanced_report: components["schemas"]["UpdateAdvancedReportDto"];
        };
        ExceptionAttributesDto: {
            /**
             * @description `false_positive`, `compensating_control` and `disputed_severity` are the PCI ASV dispute reasons; `accepted_risk` is a business decision (it still fails PCI).
             * @enum {string}
             */
            reason: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity";
            justification: string;
            evidence: string | null;
            /**
             * @description disputed_severity only
             * @enum {string|null}
             */
            recast_severity: "info" | "low" | "medium" | "high" | "critical" | null;
            /** Format: date-time */
            expires_at: string | null;
            /** @enum {string} */
            status: "pending" | "active" | "rejected" | "expired" | "reset";
            /**
             * @description One finding (`vulnerability`), or a rule on `check_id` for one host, one target or the organization
             * @enum {string}
             */
            scope: "vulnerability" | "host" | "target" | "organization";
            /** Format: uuid */
            vulnerability_id: string | null;
            /**
             * @description The rule's check id (a one-finding exception: its check)
             * @example http.trace-enabled
             */
            check_id: string;
            /** Format: uuid */
            host_id: string | null;
            /** Format: uuid */
            target_id: string | null;
            /** @description Findings it covers, including those later runs added to a rule */
            covered_count: number;
            /**
             * Format: uuid
             * @description Who asked for it
             */
            user_id: string | null;
            /**
             * Format: uuid
             * @description Who last changed its terms
             */
            updated_by_id: string | null;
            /**
             * Format: uuid
             * @description Who approved or rejected it
             */
            reviewed_by_id: string | null;
            /** Format: date-time */
            reviewed_at: string | null;
            review_comment: string | null;
            /**
             * Format: uuid
             * @description Who reset it
             */
            ended_by_id: string | null;
            /**
             * Format: date-time
             * @description When it was reset or expired
             */
            ended_at: string | null;
            /** Format: uuid */
            organization_id: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateExceptionDto: {
            /**
             * @description `false_positive`, `compensating_control` and `disputed_severity` are the PCI ASV dispute reasons; `accepted_risk` is a business decision (it still fails PCI).
             * @enum {string}
             */
            reason: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity";
            /** @description Why the finding does not apply or is accepted (required) */
            justification: string;
            /** @description Proof for the reviewer: a ticket, a configuration excerpt ... */
            evidence?: string | null;
            /**
             * @description Required for disputed_severity, refused otherwise
             * @enum {string}
             */
            recast_severity?: "info" | "low" | "medium" | "high" | "critical";
            /**
             * Format: date-time
             * @description Required for accepted_risk; in the future and at most one year ahead. The exception expires then.
             */
            expires_at?: string;
            /**
             * Format: uuid
             * @description One finding. Or give check_id (a rule) instead.
             */
            vulnerability_id?: string;
            /**
             * @description A rule on this check id: on host_id, on target_id, or (neither) the whole organization
             * @example http.trace-enabled
             */
            check_id?: string;
            /**
             * Format: uuid
             * @description With check_id: findings on this host (/v2/hosts)
             */
            host_id?: string;
            /**
             * Format: uuid
             * @description With check_id: findings reported by runs of this target's scans
             */
            target_id?: string;
            /**
             * Format: uuid
             * @description An organization-wide rule for a customer organization (partner admins) or any (super admins). Default: yours.
             */
            organization_id?: string;
        };
        CreateExceptionBody: {
            exception: components["schemas"]["CreateExceptionDto"];
        };
        ExceptionStatusCountsDto: {
            pending: number;
            active: number;
            rejected: number;
            expired: number;
            reset: number;
        };
        ExceptionReasonCountsDto: {
            false_positive: number;
            accepted_risk: number;
            compensating_control: number;
            disputed_severity: number;
        };
        CoveredFindingsDto: {
            total: number;
            critical: number;
            high: number;
            medium: number;
            low: number;
            info: number;
        };
        ExceptionStatisticsDto: {
            /** @description Every exception, by status */
            total: number;
            by_status: components["schemas"]["ExceptionStatusCountsDto"];
            /** @description Every exception, by reason */
            by_reason: components["schemas"]["ExceptionReasonCountsDto"];
            /** @description Active exceptions, by reason */
            active_by_reason: components["schemas"]["ExceptionReasonCountsDto"];
            /** @description Active exceptions whose expires_at is within the next 30 days */
            expiring_within_30_days: number;
            /** @description Findings an active exception covers now, by the severity the check reported */
            covered_findings: components["schemas"]["CoveredFindingsDto"];
        };
        ExceptionIdsDto: {
            /**
             * @example [
             *       "497f6eca-6276-4993-bfeb-53cbbbba6f08"
             *     ]
             */
            ids: string[];
            /** @description The reviewer's note (activate and reject) */
            comment?: string;
        };
        UpdateExceptionDto: {
            /** @description Why the finding does not apply or is accepted (required) */
            justification?: string;
            /** @description Proof for the reviewer: a ticket, a configuration excerpt ... */
            evidence?: string | null;
            /**
             * @description disputed_severity only
             * @enum {string}
             */
            recast_severity?: "info" | "low" | "medium" | "high" | "critical";
            /**
             * Format: date-time
             * @description Required for accepted_risk; in the future and at most one year ahead. The exception expires then. null: no expiry.
             */
            expires_at?: string | null;
        };
        UpdateExceptionBody: {
            exception: components["schemas"]["UpdateExceptionDto"];
        };
        ChatMessageAttributesDto: {
            /**
             * @description `user`: the question; `assistant`: the answer
             * @enum {string}
             */
            role: "user" | "assistant";
            /** @description Markdown */
            content: string;
            /**
             * @description Which path answered: `llm` (the language model at LLM_API_URL) or `offline` (from the check catalogue, no model involved; the text says so). null on questions.
             * @enum {string|null}
             */
            source: "llm" | "offline" | null;
            /** @description Fields of the finding the answer relies on (the model cites them as `[evidence]`, `[cve]` ... in the text). Empty on questions. */
            citations: ("check_id" | "title" | "description" | "solution" | "severity" | "cvss_score" | "cvss_vector" | "cve" | "cwe" | "host" | "hostname" | "port" | "service" | "evidence" | "status" | "pci" | "exception")[];
            /**
             * @description The model that answered
             * @example llama3.1:8b
             */
            model: string | null;
            /** @description Prompt tokens the endpoint reported for this answer */
            prompt_tokens: number | null;
            /** @description Answer tokens the endpoint reported */
            completion_tokens: number | null;
            /** Format: uuid */
            vulnerability_id: string;
            /** @example 2026-01-01T00:00:00.000Z */
            created_at: string;
        };
        PromptDto: {
            /**
             * @description The question, at most LLM_MAX_PROMPT_CHARS characters (default 4,000)
             * @example How do I fix this on nginx?
             */
            prompt: string;
        };
        AiUsageDto: {
            /**
             * @description Calendar month (UTC)
             * @example 2026-11
             */
            month: string;
            /** @description Questions answered by the language model this month (what the quota limits) */
            prompts: number;
            /** @description Questions answered offline this month (not limited) */
            offline_prompts: number;
            prompt_tokens: number;
            completion_tokens: number;
            /** @description ai_prompts_per_month of the plan; null = unlimited */
            limit: number | null;
            /** @description null = unlimited */
            remaining: number | null;
            /** @example 2026-12-01T00:00:00.000Z */
            resets_at: string;
            /**
             * @description What answers questions on this installation now
             * @enum {string}
             */
            source: "llm" | "offline";
        };
        NotificationAttributesDto: {
            /**
             * @example scan_completed
             * @enum {string}
             */
            event: "scan_started" | "scan_completed" | "scan_failed" | "scan_stopped" | "scan_scheduled" | "report_generated" | "report_failed" | "advanced_report_generated" | "vulnerability_found" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expired" | "exception_reset" | "exception_expiring" | "saq_approved" | "webhook_disabled" | "subscription_expiring" | "subscription_expired";
            /** @example Scan completed: Weekly perimeter */
            title: string;
            /** @example The scan found 3 vulnerabilities (0 critical, 1 high). PCI: fail. */
            body: string;
            /**
             * @description What it is about: scan, report, exception, saq, webhook
             * @example scan
             */
            resource_type: string | null;
            /** Format: uuid */
            resource_id: string | null;
            /** Format: date-time */
            read_at: string | null;
            /** Format: date-time */
            seen_at: string | null;
            /** Format: date-time */
            created_at: string;
        };
        NotificationListMetaDto: {
            /** @example 1 */
            page: number;
            /** @example 25 */
            per_page: number;
            /** @example 1 */
            total: number;
            /** @example 1 */
            total_pages: number;
            /**
             * @description The caller's unread notifications (all of them, whatever the filters)
             * @example 2
             */
            unread: number;
            /**
             * @description The caller's unseen notifications (all of them, whatever the filters)
             * @example 1
             */
            unseen: number;
        };
        NotificationsChangedDto: {
            /**
             * @description How many notifications changed
             * @example 3
             */
            updated: number;
            /** @example 0 */
            unread: number;
            /** @example 0 */
            unseen: number;
        };
        WebhookAttributesDto: {
            /** @example SIEM */
            name: string;
            /** @example https://hooks.example.com/cg */
            url: string;
            /**
             * @example [
             *       "scan_completed"
             *     ]
             */
            events: ("scan_started" | "scan_completed" | "scan_stopped" | "scan_failed" | "report_generated" | "report_failed" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expiring" | "exception_expired" | "exception_reset" | "saq_approved" | "*")[];
            /** @description Events are delivered only while active */
            active: boolean;
            /**
             * @description The signing secret: present only in the answers of create and rotate_secret (shown once)
             * @example whsec_3q2-7wW1k4cQm8j0yX9r6pLd5nVbZt2aUe1oHs4fGi0
             */
            secret?: string;
            /**
             * Format: date-time
             * @description Until then deliveries also carry X-CG-Hook-Signature-Previous (the secret before the last rotation)
             */
            previous_secret_expires_at?: string | null;
            /** @description Deliveries in a row that failed every try */
            consecutive_failures: number;
            /**
             * Format: date-time
             * @description First failed try since the last success
             */
            failing_since?: string | null;
            /**
             * Format: date-time
             * @description When it was disabled for failing
             */
            disabled_at?: string | null;
            disabled_reason?: string | null;
            /** Format: uuid */
            organization_id: string;
            /**
             * Format: uuid
             * @description Creator (owner)
             */
            user_id?: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateWebhookDto: {
            /** @example SIEM */
            name: string;
            /**
             * @description Receiver URL: https (http only with WEBHOOK_ALLOW_HTTP=true). Refused (422) when it names or resolves to a loopback, private, link-local, metadata or otherwise non-public address, unless WEBHOOK_ALLOW_PRIVATE=true; checked again at every connection (DNS rebinding). No credentials in the URL; redirects are not followed.
             * @example https://hooks.example.com/cg
             */
            url: string;
            /**
             * @description Events to receive: any of the catalogue (see the Webhooks section of the README for each payload) or `*` for all.
             * @example [
             *       "scan_completed",
             *       "scan_failed"
             *     ]
             */
            events: ("scan_started" | "scan_completed" | "scan_stopped" | "scan_failed" | "report_generated" | "report_failed" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expiring" | "exception_expired" | "exception_reset" | "saq_approved" | "*")[];
            /** @description HMAC-SHA256 key of X-CG-Hook-Signature (16-256 printable characters, used as UTF-8 bytes). Generated (`whsec_` + 43 characters) when not given. Stored encrypted, shown only in the create and rotate answers. */
            secret?: string;
            /** @default true */
            active: boolean;
            /**
             * Format: uuid
             * @description Organization that owns the webhook (super admins, and partner admins for their customers). Default: your own.
             */
            organization_id?: string;
        };
        CreateWebhookBody: {
            webhook: components["schemas"]["CreateWebhookDto"];
        };
        UpdateWebhookDto: {
            name?: string;
            /** @description Receiver URL: https (http only with WEBHOOK_ALLOW_HTTP=true). Refused (422) when it names or resolves to a loopback, private, link-local, metadata or otherwise non-public address, unless WEBHOOK_ALLOW_PRIVATE=true; checked again at every connection (DNS rebinding). No credentials in the URL; redirects are not followed. */
            url?: string;
            /**
             * @description Events to receive: any of the catalogue (see the Webhooks section of the README for each payload) or `*` for all.
             * @example [
             *       "scan_completed",
             *       "scan_failed"
             *     ]
             */
            events?: ("scan_started" | "scan_completed" | "scan_stopped" | "scan_failed" | "report_generated" | "report_failed" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expiring" | "exception_expired" | "exception_reset" | "saq_approved" | "*")[];
            /** @description A new secret: replaces the current one like rotate_secret (the old one stays valid for the grace period) */
            secret?: string;
            active?: boolean;
        };
        UpdateWebhookBody: {
            webhook: components["schemas"]["UpdateWebhookDto"];
        };
        RotateSecretDto: {
            /** @description HMAC-SHA256 key of X-CG-Hook-Signature (16-256 printable characters, used as UTF-8 bytes). Generated (`whsec_` + 43 characters) when not given. Stored encrypted, shown only in the create and rotate answers. */
            secret?: string;
        };
        RotateSecretBody: {
            webhook?: components["schemas"]["RotateSecretDto"];
        };
        QueuedDeliveryDto: {
            /** @example queued */
            status: string;
            /**
             * Format: uuid
             * @description The new delivery (see GET .../deliveries/{delivery_id})
             */
            delivery_id: string;
        };
        DeliveryAttributesDto: {
            /** Format: uuid */
            webhook_id: string;
            /**
             * @description Webhook event name, or `ping`
             * @example scan_completed
             */
            event: string;
            /**
             * Format: uuid
             * @description The payload `id` (the event; kept by a redelivery)
             */
            event_id: string;
            /** @enum {string} */
            kind: "event" | "ping" | "redelivery";
            /**
             * @description pending (tries left), succeeded (a 2xx), failed (every try failed), cancelled (webhook deactivated)
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description Tries made so far */
            attempt_count: number;
            /** @description HTTP status of the last try (null: no answer) */
            response_status?: number | null;
            /** Format: uuid */
            redelivery_of?: string | null;
            /** Format: date-time */
            last_attempt_at?: string | null;
            /** Format: date-time */
            next_attempt_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            created_at: string;
        };
        AttemptRequestDto: {
            url: string;
            headers: {
                [key: string]: string;
            };
            /** @description The raw JSON body, as signed */
            body: string;
        };
        AttemptResponseDto: {
            status: number;
            headers: {
                [key: string]: string;
            };
            /** @description The first 4 KB of the body */
            body: string;
        };
        DeliveryAttemptDto: {
            /** @example 1 */
            number: number;
            /** Format: date-time */
            started_at: string;
            duration_ms: number;
            request: components["schemas"]["AttemptRequestDto"];
            /** @description null: no answer (see error) */
            response?: components["schemas"]["AttemptResponseDto"] | null;
            /** @example timeout after 10000 ms */
            error?: string | null;
        };
        DeliveryDetailAttributesDto: {
            /** Format: uuid */
            webhook_id: string;
            /**
             * @description Webhook event name, or `ping`
             * @example scan_completed
             */
            event: string;
            /**
             * Format: uuid
             * @description The payload `id` (the event; kept by a redelivery)
             */
            event_id: string;
            /** @enum {string} */
            kind: "event" | "ping" | "redelivery";
            /**
             * @description pending (tries left), succeeded (a 2xx), failed (every try failed), cancelled (webhook deactivated)
             * @enum {string}
             */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            /** @description Tries made so far */
            attempt_count: number;
            /** @description HTTP status of the last try (null: no answer) */
            response_status?: number | null;
            /** Format: uuid */
            redelivery_of?: string | null;
            /** Format: date-time */
            last_attempt_at?: string | null;
            /** Format: date-time */
            next_attempt_at?: string | null;
            /** Format: date-time */
            completed_at?: string | null;
            /** Format: date-time */
            created_at: string;
            /** @description The payload (the parsed body) */
            payload: {
                [key: string]: unknown;
            };
            /** @description Every try, oldest first */
            attempts: components["schemas"]["DeliveryAttemptDto"][];
        };
        MfaCheckDto: {
            /** @description State returned by the password step */
            otp_session_state: string;
            /** @example 123456 */
            otp_attempt: string;
            /**
             * @description Default: the user's default method
             * @enum {string}
             */
            method?: "sms" | "totp";
            /** @description Remember this device for 30 days: the answer carries a device_token to send as `device_token` at sign-in */
            remember_device?: boolean;
        };
        MfaSignInResponseDto: {
            /** @example 200 */
            status: number;
            /** @example OK */
            status_text: string;
            username: string;
            /** @description Bearer JWT; absent when a second factor is required */
            token?: string;
            /** Format: date-time */
            expires_at?: string;
            sign_in_count: number;
            /** @enum {string} */
            role: "User" | "Admin" | "Super Admin";
            timezone: string;
            verified: boolean;
            /** @example email */
            provider: string;
            organization: components["schemas"]["SignInOrganizationDto"];
            /** @description With 2FA on: pass back with otp_attempt */
            otp_session_state?: string;
            /** @description With 2FA on: methods available */
            methods?: string[];
            /** @description With remember_device: trusted-device token, shown once */
            device_token?: string;
            /** Format: date-time */
            device_token_expires_at?: string;
        };
        SendSmsDto: {
            otp_session_state: string;
        };
        StatusDto: {
            /** @example queued */
            status: string;
        };
        WebAuthnSignInOptionsDto: {
            /** @description PublicKeyCredentialRequestOptions (JSON); valid 5 minutes, once */
            options: {
                [key: string]: unknown;
            };
        };
        WebAuthnSignInDto: {
            otp_session_state: string;
            /** @description PublicKeyCredential JSON from navigator.credentials.get() */
            response: {
                [key: string]: unknown;
            };
            remember_device?: boolean;
        };
        RecoveryCodeSignInDto: {
            otp_session_state: string;
            /**
             * @description Case and dashes are ignored
             * @example ABCD-EFGH-JKLM-NPQR
             */
            recovery_code: string;
            remember_device?: boolean;
        };
        EnableMfaResponseDto: {
            /**
             * @description `queued` (SMS sent) or `pending_verification` (TOTP)
             * @example queued
             */
            status: string;
            /** @enum {string} */
            method: "sms" | "totp";
            /** @description TOTP: for the authenticator app (QR code) */
            otpauth_uri?: string;
            /** @description TOTP: the base32 secret for manual entry */
            manual_entry_key?: string;
        };
        PhoneLookupDto: {
            valid: boolean;
            /** @description Can receive SMS (mobile, or a number that may be mobile) */
            mobile: boolean;
            /** @example mobile */
            type: string | null;
            /** @example +447400123456 */
            e164: string | null;
            /** @example GB */
            country: string | null;
        };
        DefaultMethodDto: {
            /** @example updated */
            status: string;
            /** @enum {string} */
            default_method: "sms" | "totp";
        };
        RecoveryCodesDto: {
            /** @description Plaintext, only on the first read after a generation; then null */
            recovery_codes: string[] | null;
            /** @description Unused codes of the current generation */
            remaining: number;
            /** @description 0 = never generated */
            generation: number;
        };
        FactorDto: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "totp" | "sms" | "webauthn";
            label: string;
            /** Format: date-time */
            enrolled_at: string;
            /** Format: date-time */
            last_used_at: string | null;
        };
        FactorListDto: {
            items: components["schemas"]["FactorDto"][];
        };
        TotpEnrollStartDto: {
            /** @description 5 minutes, single use */
            enrollment_token: string;
            otpauth_uri: string;
            manual_entry_key: string;
        };
        TotpEnrollVerifyDto: {
            enrollment_token: string;
            /** @example 123456 */
            code: string;
            /** @example My phone */
            label?: string;
        };
        EnrolledFactorDto: {
            factor: components["schemas"]["FactorDto"];
            /** @description Only with the first factor; shown once */
            recovery_codes: string[] | null;
            recovery_codes_generation: number;
        };
        WebAuthnOptionsDto: {
            /** @description 5 minutes, single use */
            enrollment_token: string;
            /** @description PublicKeyCredentialCreationOptions (JSON) */
            options: {
                [key: string]: unknown;
            };
        };
        WebAuthnEnrollVerifyDto: {
            enrollment_token: string;
            /** @description PublicKeyCredential JSON from navigator.credentials.create() */
            response: {
                [key: string]: unknown;
            };
            label?: string;
        };
        StepUpDto: {
            /**
             * @description sms: a code from POST .../step-up/sms/send
             * @enum {string}
             */
            factor: "totp" | "recovery_code" | "sms";
            code: string;
        };
        StepUpTokenDto: {
            /** @description Send as x-mfa-step-up-token; 5 minutes; only for this user and session */
            step_up_token: string;
            /** Format: date-time */
            expires_at: string;
        };
        WebAuthnStepUpOptionsDto: {
            /** @description 5 minutes, single use */
            transit_token: string;
            /** @description PublicKeyCredentialRequestOptions (JSON) */
            options: {
                [key: string]: unknown;
            };
        };
        WebAuthnStepUpVerifyDto: {
            transit_token: string;
            /** @description PublicKeyCredential JSON from navigator.credentials.get() */
            response: {
                [key: string]: unknown;
            };
        };
        RegeneratedCodesDto: {
            /**
             * @example [
             *       "ABCD-EFGH-JKLM-NPQR"
             *     ]
             */
            recovery_codes: string[];
            recovery_codes_generation: number;
        };
        TrustedDeviceDto: {
            /** Format: uuid */
            id: string;
            /** @description Always null (single environment) */
            environment_id: string | null;
            label: string | null;
            ip_address: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            last_seen_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        TrustedDeviceListDto: {
            items: components["schemas"]["TrustedDeviceDto"][];
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
    Users_me: {
        parameters: {
            query?: {
                /** @description Include available products */
                products?: string;
                /** @description Include profile details */
                details?: string;
                /** @description Include the current plan */
                current_plan?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_updateMe: {
        parameters: {
            query?: never;
            header?: {
                "x-mfa-step-up-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_permissions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PermissionsDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_deleteMe: {
        parameters: {
            query?: never;
            header?: {
                "x-mfa-step-up-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_canBeDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanBeDeletedDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Users_transferResources: {
        parameters: {
            query: {
                from_user_id: string;
                to_user_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: username, email, first_name, last_name, role, partner, created_at, updated_at, last_sign_in_at, organization_id. Default username:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in username, email, first_name, last_name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[username]"?: string;
                /** @description Match; * is a wildcard */
                "q[email]"?: string;
                /** @description Match; * is a wildcard */
                "q[first_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[last_name]"?: string;
                /** @description Exact enum */
                "q[role]"?: "User" | "Admin" | "Super Admin";
                /** @description Exact boolean */
                "q[partner]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
                /** @description Exact date; q[last_sign_in_at_gteq], q[last_sign_in_at_lteq], q[last_sign_in_at_gt], q[last_sign_in_at_lt] compare */
                "q[last_sign_in_at]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_invite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_importCsv: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_exportCsv: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in username, email, first_name, last_name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[username]"?: string;
                /** @description Match; * is a wildcard */
                "q[email]"?: string;
                /** @description Match; * is a wildcard */
                "q[first_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[last_name]"?: string;
                /** @description Exact enum */
                "q[role]"?: "User" | "Admin" | "Super Admin";
                /** @description Exact boolean */
                "q[partner]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
                /** @description Exact date; q[last_sign_in_at_gteq], q[last_sign_in_at_lteq], q[last_sign_in_at_gt], q[last_sign_in_at_lt] compare */
                "q[last_sign_in_at]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_canBeDeleted: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CanBeDeletedDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_inherit: {
        parameters: {
            query: {
                from_user_id: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_setPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_unsetPartner: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_resendConfirmation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationSentDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UsersAdmin_ssoLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SsoLinkDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_confirmationInfo: {
        parameters: {
            query: {
                confirmation_token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConfirmationInfoDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_confirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_invitationInfo: {
        parameters: {
            query: {
                invitation_token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationInfoDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_forgot: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountMessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_ssoLinkLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SsoLinkLoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponseDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_impersonate: {
        parameters: {
            query: {
                uuid: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpersonationDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Accounts_stopImpersonating: {
        parameters: {
            query: {
                impersonator_revert_token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponseDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CurrentOrganization_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CurrentOrganization_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CurrentOrganization_updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationSettingsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    CurrentOrganization_members: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: username, email, first_name, last_name, role, partner, created_at, updated_at, last_sign_in_at. Default username:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in username, email, first_name, last_name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[username]"?: string;
                /** @description Match; * is a wildcard */
                "q[email]"?: string;
                /** @description Match; * is a wildcard */
                "q[first_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[last_name]"?: string;
                /** @description Exact enum */
                "q[role]"?: "User" | "Admin" | "Super Admin";
                /** @description Exact boolean */
                "q[partner]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
                /** @description Exact date; q[last_sign_in_at_gteq], q[last_sign_in_at_lteq], q[last_sign_in_at_gt], q[last_sign_in_at_lt] compare */
                "q[last_sign_in_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example user */
                            type: string;
                            attributes: components["schemas"]["UserAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, company_name, email, country, partner, parent_id, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, company_name, email */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[company_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[email]"?: string;
                /** @description Match; * is a wildcard */
                "q[country]"?: string;
                /** @description Exact boolean */
                "q[partner]"?: string;
                /** @description Exact uuid */
                "q[parent_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_export: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, company_name, email */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[company_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[email]"?: string;
                /** @description Match; * is a wildcard */
                "q[country]"?: string;
                /** @description Exact boolean */
                "q[partner]"?: string;
                /** @description Exact uuid */
                "q[parent_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_move: {
        parameters: {
            query: {
                user_id: string;
                organization_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationAdminBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example organization */
                            type: string;
                            attributes: components["schemas"]["OrganizationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Organizations_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Customers_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example customer */
                            type: string;
                            attributes: components["schemas"]["CustomerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Products_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: code, name, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in code, name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[code]"?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["ProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Products_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProductBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["ProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Products_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["ProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Products_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProductBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["ProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Products_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Plans_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: code, name, product, open, default, self_service, interval, price, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in code, name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[code]"?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact boolean */
                "q[open]"?: string;
                /** @description Exact boolean */
                "q[default]"?: string;
                /** @description Exact boolean */
                "q[self_service]"?: string;
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example plan */
                            type: string;
                            attributes: components["schemas"]["PlanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Plans_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example plan */
                            type: string;
                            attributes: components["schemas"]["PlanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Plans_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example plan */
                            type: string;
                            attributes: components["schemas"]["PlanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Plans_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePlanBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example plan */
                            type: string;
                            attributes: components["schemas"]["PlanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Plans_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_subscribeOwn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_subscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubscribeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnsubscribeBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_dependents: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, interval, plan, plan_name, product, organization_id, trial_enabled, price, start_date, end_date, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in plan, plan_name, product */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "active" | "inactive" | "canceled";
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Match; * is a wildcard */
                "q[plan]"?: string;
                /** @description Match; * is a wildcard */
                "q[plan_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[trial_enabled]"?: string;
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[start_date_gteq], q[start_date_lteq], q[start_date_gt], q[start_date_lt] compare */
                "q[start_date]"?: string;
                /** @description Exact date; q[end_date_gteq], q[end_date_lteq], q[end_date_gt], q[end_date_lt] compare */
                "q[end_date]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_entitlements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntitlementsDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, interval, plan, plan_name, product, organization_id, trial_enabled, price, start_date, end_date, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in plan, plan_name, product */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "active" | "inactive" | "canceled";
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Match; * is a wildcard */
                "q[plan]"?: string;
                /** @description Match; * is a wildcard */
                "q[plan_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[trial_enabled]"?: string;
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[start_date_gteq], q[start_date_lteq], q[start_date_gt], q[start_date_lt] compare */
                "q[start_date]"?: string;
                /** @description Exact date; q[end_date_gteq], q[end_date_lteq], q[end_date_gt], q[end_date_lt] compare */
                "q[end_date]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_active: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, interval, plan, plan_name, product, organization_id, trial_enabled, price, start_date, end_date, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in plan, plan_name, product */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "active" | "inactive" | "canceled";
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Match; * is a wildcard */
                "q[plan]"?: string;
                /** @description Match; * is a wildcard */
                "q[plan_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[trial_enabled]"?: string;
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[start_date_gteq], q[start_date_lteq], q[start_date_gt], q[start_date_lt] compare */
                "q[start_date]"?: string;
                /** @description Exact date; q[end_date_gteq], q[end_date_lteq], q[end_date_gt], q[end_date_lt] compare */
                "q[end_date]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sub_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sub_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubscriptionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_assign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sub_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssignFeaturesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    OrganizationSubscriptions_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sub_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeFeaturesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserPlans_activePlans: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, interval, plan, plan_name, product, organization_id, trial_enabled, price, start_date, end_date, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in plan, plan_name, product */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "active" | "inactive" | "canceled";
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Match; * is a wildcard */
                "q[plan]"?: string;
                /** @description Match; * is a wildcard */
                "q[plan_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[trial_enabled]"?: string;
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[start_date_gteq], q[start_date_lteq], q[start_date_gt], q[start_date_lt] compare */
                "q[start_date]"?: string;
                /** @description Exact date; q[end_date_gteq], q[end_date_lteq], q[end_date_gt], q[end_date_lt] compare */
                "q[end_date]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserPlans_history: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, interval, plan, plan_name, product, organization_id, trial_enabled, price, start_date, end_date, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in plan, plan_name, product */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "active" | "inactive" | "canceled";
                /** @description Exact enum */
                "q[interval]"?: "monthly" | "yearly" | "none";
                /** @description Match; * is a wildcard */
                "q[plan]"?: string;
                /** @description Match; * is a wildcard */
                "q[plan_name]"?: string;
                /** @description Match; * is a wildcard */
                "q[product]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[trial_enabled]"?: string;
                /** @description Exact number; q[price_gteq], q[price_lteq], q[price_gt], q[price_lt] compare */
                "q[price]"?: string;
                /** @description Exact date; q[start_date_gteq], q[start_date_lteq], q[start_date_gt], q[start_date_lt] compare */
                "q[start_date]"?: string;
                /** @description Exact date; q[end_date_gteq], q[end_date_lteq], q[end_date_gt], q[end_date_lt] compare */
                "q[end_date]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example subscription */
                            type: string;
                            attributes: components["schemas"]["SubscriptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserPlans_products: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: code, name, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in code, name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[code]"?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
                /** @description Exact boolean */
                "q[subscribed]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["UserProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserPlans_changeProduct: {
        parameters: {
            query: {
                /** @description Product code */
                product: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product now active for the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example product */
                            type: string;
                            attributes: components["schemas"]["UserProductAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Whitelabel_byDomain: {
        parameters: {
            query: {
                domain: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example whitelabel */
                            type: string;
                            attributes: components["schemas"]["BrandingAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Whitelabel_show: {
        parameters: {
            query?: {
                organization_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example whitelabel_settings */
                            type: string;
                            attributes: components["schemas"]["WhitelabelSettingsAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Whitelabel_update: {
        parameters: {
            query?: {
                organization_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWhitelabelBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example whitelabel_settings */
                            type: string;
                            attributes: components["schemas"]["WhitelabelSettingsAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NotificationPreferences_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data?: {
                            /** @example <user id>:scan_completed */
                            id?: string;
                            /** @example notification_preference */
                            type?: string;
                            attributes?: components["schemas"]["NotificationPreferenceAttributesDto"];
                            relationships?: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NotificationPreferences_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: "scan_started" | "scan_completed" | "scan_failed" | "scan_stopped" | "scan_scheduled" | "report_generated" | "report_failed" | "advanced_report_generated" | "vulnerability_found" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expired" | "exception_reset" | "exception_expiring" | "saq_approved" | "webhook_disabled" | "subscription_expiring" | "subscription_expired";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification_preference */
                            type: string;
                            attributes: components["schemas"]["NotificationPreferenceAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    NotificationPreferences_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                event: "scan_started" | "scan_completed" | "scan_failed" | "scan_stopped" | "scan_scheduled" | "report_generated" | "report_failed" | "advanced_report_generated" | "vulnerability_found" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expired" | "exception_reset" | "exception_expiring" | "saq_approved" | "webhook_disabled" | "subscription_expiring" | "subscription_expired";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification_preference */
                            type: string;
                            attributes: components["schemas"]["NotificationPreferenceAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInResponseDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Auth_signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserCredentials_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserCredentials_validToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidTokenDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserCredentials_generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessTokenDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserCredentials_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeys_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, prefix, created_at, last_used_at, revoked_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, prefix */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[prefix]"?: string;
                /** @description Exact boolean */
                "q[revoked]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[last_used_at_gteq], q[last_used_at_lteq], q[last_used_at_gt], q[last_used_at_lt] compare */
                "q[last_used_at]"?: string;
                /** @description Exact date; q[revoked_at_gteq], q[revoked_at_lteq], q[revoked_at_gt], q[revoked_at_lt] compare */
                "q[revoked_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example api_key */
                            type: string;
                            attributes: components["schemas"]["ApiKeyAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeys_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiKeyBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example api_key */
                            type: string;
                            attributes: components["schemas"]["ApiKeyAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ApiKeys_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Audit_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: action, result, actor_id, actor_username, impersonator_id, organization_id, resource_type, resource_id, ip, status_code, occurred_at. Default occurred_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on occurred_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in action, actor_username, resource_type */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[action]"?: string;
                /** @description Exact enum */
                "q[result]"?: "success" | "failure";
                /** @description Exact uuid */
                "q[actor_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[actor_username]"?: string;
                /** @description Exact uuid */
                "q[impersonator_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[resource_type]"?: string;
                /** @description Match; * is a wildcard */
                "q[resource_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[ip]"?: string;
                /** @description Exact number; q[status_code_gteq], q[status_code_lteq], q[status_code_gt], q[status_code_lt] compare */
                "q[status_code]"?: string;
                /** @description Exact date; q[occurred_at_gteq], q[occurred_at_lteq], q[occurred_at_gt], q[occurred_at_lt] compare */
                "q[occurred_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example audit_event */
                            type: string;
                            attributes: components["schemas"]["AuditEventAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Audit_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example audit_event */
                            type: string;
                            attributes: components["schemas"]["AuditEventAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Health_health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Liveness and database; 503 when the database does not answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
        };
    };
    Health_metricsText: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    Targets_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, host_count, organization_id, user_id, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description, hosts */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Match; * is a wildcard */
                "q[hosts]"?: string;
                /** @description Exact number; q[host_count_gteq], q[host_count_lteq], q[host_count_gt], q[host_count_lt] compare */
                "q[host_count]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example target */
                            type: string;
                            attributes: components["schemas"]["TargetAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTargetBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example target */
                            type: string;
                            attributes: components["schemas"]["TargetAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_removeMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_calculate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CalculateHostsBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalculateHostsResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example target */
                            type: string;
                            attributes: components["schemas"]["TargetAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTargetBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example target */
                            type: string;
                            attributes: components["schemas"]["TargetAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Targets_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, app_type, active, builtin, organization_id, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact enum */
                "q[app_type]"?: "all" | "builtin" | "nmap";
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[builtin]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePortListBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_activated: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, app_type, active, builtin, organization_id, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact enum */
                "q[app_type]"?: "all" | "builtin" | "nmap";
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[builtin]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_sync: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePortListBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_addRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddPortRangeBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_removeRange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                range_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    PortLists_appType: {
        parameters: {
            query: {
                app_type: "all" | "builtin" | "nmap";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example port_list */
                            type: string;
                            attributes: components["schemas"]["PortListAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, app_type, active, default, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact enum */
                "q[app_type]"?: "builtin" | "nmap";
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[default]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScannerBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_activated: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, app_type, active, default, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact enum */
                "q[app_type]"?: "builtin" | "nmap";
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[default]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScannerBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_appType: {
        parameters: {
            query: {
                app_type: "builtin" | "nmap";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_assign: {
        parameters: {
            query: {
                organization_id: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scanner */
                            type: string;
                            attributes: components["schemas"]["ScannerAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scanners_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanProfiles_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, port_list_id, timeout_ms, concurrency, active, default, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact uuid */
                "q[port_list_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[checks]"?: string;
                /** @description Exact number; q[timeout_ms_gteq], q[timeout_ms_lteq], q[timeout_ms_gt], q[timeout_ms_lt] compare */
                "q[timeout_ms]"?: string;
                /** @description Exact number; q[concurrency_gteq], q[concurrency_lteq], q[concurrency_gt], q[concurrency_lt] compare */
                "q[concurrency]"?: string;
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[default]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_profile */
                            type: string;
                            attributes: components["schemas"]["ScanProfileAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanProfiles_activated: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, description, port_list_id, timeout_ms, concurrency, active, default, created_at, updated_at. Default name:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, description */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[description]"?: string;
                /** @description Exact uuid */
                "q[port_list_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[checks]"?: string;
                /** @description Exact number; q[timeout_ms_gteq], q[timeout_ms_lteq], q[timeout_ms_gt], q[timeout_ms_lt] compare */
                "q[timeout_ms]"?: string;
                /** @description Exact number; q[concurrency_gteq], q[concurrency_lteq], q[concurrency_gt], q[concurrency_lt] compare */
                "q[concurrency]"?: string;
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact boolean */
                "q[default]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_profile */
                            type: string;
                            attributes: components["schemas"]["ScanProfileAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, scan_id, user_id, frequency, time_zone, enabled, next_run_at, last_run_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact enum */
                "q[frequency]"?: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
                /** @description Match; * is a wildcard */
                "q[time_zone]"?: string;
                /** @description Exact boolean */
                "q[enabled]"?: string;
                /** @description Exact date; q[next_run_at_gteq], q[next_run_at_lteq], q[next_run_at_gt], q[next_run_at_lt] compare */
                "q[next_run_at]"?: string;
                /** @description Exact date; q[last_run_at_gteq], q[last_run_at_lteq], q[last_run_at_gt], q[last_run_at_lt] compare */
                "q[last_run_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example schedule */
                            type: string;
                            attributes: components["schemas"]["ScheduleAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScheduleBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example schedule */
                            type: string;
                            attributes: components["schemas"]["ScheduleAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_removeMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_firstDate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FirstDateBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FirstDateResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_nextDates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NextDatesBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NextDatesResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example schedule */
                            type: string;
                            attributes: components["schemas"]["ScheduleAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScheduleBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example schedule */
                            type: string;
                            attributes: components["schemas"]["ScheduleAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Schedules_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UpcomingScans_upcoming: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: scan_id, name, frequency, next_run_at. Default next_run_at:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on next_run_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[frequency]"?: "once" | "hourly" | "daily" | "weekly" | "monthly" | "quarterly" | "yearly";
                /** @description Exact date; q[next_run_at_gteq], q[next_run_at_lteq], q[next_run_at_gt], q[next_run_at_lt] compare */
                "q[next_run_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example upcoming_scan */
                            type: string;
                            attributes: components["schemas"]["UpcomingScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, status, target_id, scanner_id, scan_profile_id, port_list_id, user_id, organization_id, progress, last_started_at, last_finished_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[status]"?: "never_run" | "queued" | "running" | "completed" | "stopped" | "failed";
                /** @description Exact uuid */
                "q[target_id]"?: string;
                /** @description Exact uuid */
                "q[scanner_id]"?: string;
                /** @description Exact uuid */
                "q[scan_profile_id]"?: string;
                /** @description Exact uuid */
                "q[port_list_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact number; q[progress_gteq], q[progress_lteq], q[progress_gt], q[progress_lt] compare */
                "q[progress]"?: string;
                /** @description Exact date; q[last_started_at_gteq], q[last_started_at_lteq], q[last_started_at_gt], q[last_started_at_lt] compare */
                "q[last_started_at]"?: string;
                /** @description Exact date; q[last_finished_at_gteq], q[last_finished_at_lteq], q[last_finished_at_gt], q[last_finished_at_lt] compare */
                "q[last_finished_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateScanBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_bulkDelete: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_completed: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, status, target_id, scanner_id, scan_profile_id, port_list_id, user_id, organization_id, progress, last_started_at, last_finished_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[status]"?: "never_run" | "queued" | "running" | "completed" | "stopped" | "failed";
                /** @description Exact uuid */
                "q[target_id]"?: string;
                /** @description Exact uuid */
                "q[scanner_id]"?: string;
                /** @description Exact uuid */
                "q[scan_profile_id]"?: string;
                /** @description Exact uuid */
                "q[port_list_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact number; q[progress_gteq], q[progress_lteq], q[progress_gt], q[progress_lt] compare */
                "q[progress]"?: string;
                /** @description Exact date; q[last_started_at_gteq], q[last_started_at_lteq], q[last_started_at_gt], q[last_started_at_lt] compare */
                "q[last_started_at]"?: string;
                /** @description Exact date; q[last_finished_at_gteq], q[last_finished_at_lteq], q[last_finished_at_gt], q[last_finished_at_lt] compare */
                "q[last_finished_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_running: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, status, target_id, scanner_id, scan_profile_id, port_list_id, user_id, organization_id, progress, last_started_at, last_finished_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[status]"?: "never_run" | "queued" | "running" | "completed" | "stopped" | "failed";
                /** @description Exact uuid */
                "q[target_id]"?: string;
                /** @description Exact uuid */
                "q[scanner_id]"?: string;
                /** @description Exact uuid */
                "q[scan_profile_id]"?: string;
                /** @description Exact uuid */
                "q[port_list_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact number; q[progress_gteq], q[progress_lteq], q[progress_gt], q[progress_lt] compare */
                "q[progress]"?: string;
                /** @description Exact date; q[last_started_at_gteq], q[last_started_at_lteq], q[last_started_at_gt], q[last_started_at_lt] compare */
                "q[last_started_at]"?: string;
                /** @description Exact date; q[last_finished_at_gteq], q[last_finished_at_lteq], q[last_finished_at_gt], q[last_finished_at_lt] compare */
                "q[last_finished_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateScanBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan */
                            type: string;
                            attributes: components["schemas"]["ScanAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_history */
                            type: string;
                            attributes: components["schemas"]["HistoryAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Scans_stop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StopResultDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_histories: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, trigger, schedule_id, started_at, finished_at, created_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Exact enum */
                "q[status]"?: "queued" | "running" | "completed" | "stopped" | "failed";
                /** @description Exact enum */
                "q[trigger]"?: "manual" | "schedule";
                /** @description Exact uuid */
                "q[schedule_id]"?: string;
                /** @description Exact date; q[started_at_gteq], q[started_at_lteq], q[started_at_gt], q[started_at_lt] compare */
                "q[started_at]"?: string;
                /** @description Exact date; q[finished_at_gteq], q[finished_at_lteq], q[finished_at_gt], q[finished_at_lt] compare */
                "q[finished_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_history */
                            type: string;
                            attributes: components["schemas"]["HistoryAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                history_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_history */
                            type: string;
                            attributes: components["schemas"]["HistoryAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_hosts: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: history_id, address, hostname, status, vulnerability_count, scanned_at. Default address:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on scanned_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in address, hostname */
                q?: string;
                /** @description Exact uuid */
                "q[history_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[address]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact enum */
                "q[status]"?: "up" | "down";
                /** @description Exact number; q[vulnerability_count_gteq], q[vulnerability_count_lteq], q[vulnerability_count_gt], q[vulnerability_count_lt] compare */
                "q[vulnerability_count]"?: string;
                /** @description Exact date; q[scanned_at_gteq], q[scanned_at_lteq], q[scanned_at_gt], q[scanned_at_lt] compare */
                "q[scanned_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_host */
                            type: string;
                            attributes: components["schemas"]["ScanHostAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_host: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                host_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_host */
                            type: string;
                            attributes: components["schemas"]["ScanHostAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_vulnerabilities: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: history_id, scan_host_id, severity, check_id, title, host, port, protocol, cvss_score, pci_fail, change. Default severity:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in title, check_id, host */
                q?: string;
                /** @description Exact uuid */
                "q[history_id]"?: string;
                /** @description Exact uuid */
                "q[scan_host_id]"?: string;
                /** @description Exact enum; q[severity_gteq], q[severity_lteq], q[severity_gt], q[severity_lt] compare */
                "q[severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Match; * is a wildcard */
                "q[check_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[title]"?: string;
                /** @description Match; * is a wildcard */
                "q[host]"?: string;
                /** @description Exact number; q[port_gteq], q[port_lteq], q[port_gt], q[port_lt] compare */
                "q[port]"?: string;
                /** @description Exact enum */
                "q[protocol]"?: "tcp" | "udp";
                /** @description Exact number; q[cvss_score_gteq], q[cvss_score_lteq], q[cvss_score_gt], q[cvss_score_lt] compare */
                "q[cvss_score]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact enum */
                "q[change]"?: "new" | "persisting";
                /** @description Exact enum */
                "q[exception_status]"?: "pending" | "active" | "none";
                /** @description Exact enum */
                "q[exception_reason]"?: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity" | "none";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_vulnerability */
                            type: string;
                            attributes: components["schemas"]["ScanVulnerabilityAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_vulnerability: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                vulnerability_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example scan_vulnerability */
                            type: string;
                            attributes: components["schemas"]["ScanVulnerabilityAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanResults_statistics: {
        parameters: {
            query?: {
                history_id?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScanStatisticsDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Vulnerabilities_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: severity, original_severity, status, check_id, title, host, hostname, host_id, scan_id, port, protocol, cvss_score, pci_fail, exception_status, exception_reason, organization_id, known_exploited, kev_due_date, epss_score, epss_percentile, first_seen_at, last_seen_at, created_at. Default severity:desc,known_exploited:desc,epss_score:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in title, check_id, host */
                q?: string;
                /** @description Exact enum; q[severity_gteq], q[severity_lteq], q[severity_gt], q[severity_lt] compare */
                "q[severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum; q[original_severity_gteq], q[original_severity_lteq], q[original_severity_gt], q[original_severity_lt] compare */
                "q[original_severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum */
                "q[status]"?: "open" | "fixed" | "reopened";
                /** @description Match; * is a wildcard */
                "q[check_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[title]"?: string;
                /** @description Match; * is a wildcard */
                "q[host]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact uuid */
                "q[host_id]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact number; q[port_gteq], q[port_lteq], q[port_gt], q[port_lt] compare */
                "q[port]"?: string;
                /** @description Exact enum */
                "q[protocol]"?: "tcp" | "udp";
                /** @description Exact number; q[cvss_score_gteq], q[cvss_score_lteq], q[cvss_score_gt], q[cvss_score_lt] compare */
                "q[cvss_score]"?: string;
                /** @description Match; * is a wildcard */
                "q[cve]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact enum */
                "q[exception_status]"?: "pending" | "active" | "none";
                /** @description Exact enum */
                "q[exception_reason]"?: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity" | "none";
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[known_exploited]"?: string;
                /** @description Exact date; q[kev_due_date_gteq], q[kev_due_date_lteq], q[kev_due_date_gt], q[kev_due_date_lt] compare */
                "q[kev_due_date]"?: string;
                /** @description Exact number; q[epss_score_gteq], q[epss_score_lteq], q[epss_score_gt], q[epss_score_lt] compare */
                "q[epss_score]"?: string;
                /** @description Exact number; q[epss_percentile_gteq], q[epss_percentile_lteq], q[epss_percentile_gt], q[epss_percentile_lt] compare */
                "q[epss_percentile]"?: string;
                /** @description Exact date; q[first_seen_at_gteq], q[first_seen_at_lteq], q[first_seen_at_gt], q[first_seen_at_lt] compare */
                "q[first_seen_at]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example vulnerability */
                            type: string;
                            attributes: components["schemas"]["VulnerabilityAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Vulnerabilities_total: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in title, check_id, host */
                q?: string;
                /** @description Exact enum; q[severity_gteq], q[severity_lteq], q[severity_gt], q[severity_lt] compare */
                "q[severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum; q[original_severity_gteq], q[original_severity_lteq], q[original_severity_gt], q[original_severity_lt] compare */
                "q[original_severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum */
                "q[status]"?: "open" | "fixed" | "reopened";
                /** @description Match; * is a wildcard */
                "q[check_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[title]"?: string;
                /** @description Match; * is a wildcard */
                "q[host]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact uuid */
                "q[host_id]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact number; q[port_gteq], q[port_lteq], q[port_gt], q[port_lt] compare */
                "q[port]"?: string;
                /** @description Exact enum */
                "q[protocol]"?: "tcp" | "udp";
                /** @description Exact number; q[cvss_score_gteq], q[cvss_score_lteq], q[cvss_score_gt], q[cvss_score_lt] compare */
                "q[cvss_score]"?: string;
                /** @description Match; * is a wildcard */
                "q[cve]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact enum */
                "q[exception_status]"?: "pending" | "active" | "none";
                /** @description Exact enum */
                "q[exception_reason]"?: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity" | "none";
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[known_exploited]"?: string;
                /** @description Exact date; q[kev_due_date_gteq], q[kev_due_date_lteq], q[kev_due_date_gt], q[kev_due_date_lt] compare */
                "q[kev_due_date]"?: string;
                /** @description Exact number; q[epss_score_gteq], q[epss_score_lteq], q[epss_score_gt], q[epss_score_lt] compare */
                "q[epss_score]"?: string;
                /** @description Exact number; q[epss_percentile_gteq], q[epss_percentile_lteq], q[epss_percentile_gt], q[epss_percentile_lt] compare */
                "q[epss_percentile]"?: string;
                /** @description Exact date; q[first_seen_at_gteq], q[first_seen_at_lteq], q[first_seen_at_gt], q[first_seen_at_lt] compare */
                "q[first_seen_at]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotalWidgetDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Vulnerabilities_top: {
        parameters: {
            query?: {
                limit?: number;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in title, check_id, host */
                q?: string;
                /** @description Exact enum; q[severity_gteq], q[severity_lteq], q[severity_gt], q[severity_lt] compare */
                "q[severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum; q[original_severity_gteq], q[original_severity_lteq], q[original_severity_gt], q[original_severity_lt] compare */
                "q[original_severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact enum */
                "q[status]"?: "open" | "fixed" | "reopened";
                /** @description Match; * is a wildcard */
                "q[check_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[title]"?: string;
                /** @description Match; * is a wildcard */
                "q[host]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact uuid */
                "q[host_id]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact number; q[port_gteq], q[port_lteq], q[port_gt], q[port_lt] compare */
                "q[port]"?: string;
                /** @description Exact enum */
                "q[protocol]"?: "tcp" | "udp";
                /** @description Exact number; q[cvss_score_gteq], q[cvss_score_lteq], q[cvss_score_gt], q[cvss_score_lt] compare */
                "q[cvss_score]"?: string;
                /** @description Match; * is a wildcard */
                "q[cve]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact enum */
                "q[exception_status]"?: "pending" | "active" | "none";
                /** @description Exact enum */
                "q[exception_reason]"?: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity" | "none";
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact boolean */
                "q[known_exploited]"?: string;
                /** @description Exact date; q[kev_due_date_gteq], q[kev_due_date_lteq], q[kev_due_date_gt], q[kev_due_date_lt] compare */
                "q[kev_due_date]"?: string;
                /** @description Exact number; q[epss_score_gteq], q[epss_score_lteq], q[epss_score_gt], q[epss_score_lt] compare */
                "q[epss_score]"?: string;
                /** @description Exact number; q[epss_percentile_gteq], q[epss_percentile_lteq], q[epss_percentile_gt], q[epss_percentile_lt] compare */
                "q[epss_percentile]"?: string;
                /** @description Exact date; q[first_seen_at_gteq], q[first_seen_at_lteq], q[first_seen_at_gt], q[first_seen_at_lt] compare */
                "q[first_seen_at]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TopWidgetDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Vulnerabilities_pci: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Match; * is a wildcard */
                "q[host]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact uuid */
                "q[host_id]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PciWidgetDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Vulnerabilities_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example vulnerability */
                            type: string;
                            attributes: components["schemas"]["VulnerabilityAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Hosts_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: address, hostname, status, os, open_ports, risk_score, critical_count, high_count, pci_fail, scan_id, organization_id, last_seen_at, first_seen_at, created_at. Default last_seen_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in address, hostname */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[address]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact enum */
                "q[status]"?: "up" | "down";
                /** @description Match; * is a wildcard */
                "q[os]"?: string;
                /** @description Exact number; q[open_ports_gteq], q[open_ports_lteq], q[open_ports_gt], q[open_ports_lt] compare */
                "q[open_ports]"?: string;
                /** @description Exact number; q[risk_score_gteq], q[risk_score_lteq], q[risk_score_gt], q[risk_score_lt] compare */
                "q[risk_score]"?: string;
                /** @description Exact number; q[critical_count_gteq], q[critical_count_lteq], q[critical_count_gt], q[critical_count_lt] compare */
                "q[critical_count]"?: string;
                /** @description Exact number; q[high_count_gteq], q[high_count_lteq], q[high_count_gt], q[high_count_lt] compare */
                "q[high_count]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
                /** @description Exact date; q[first_seen_at_gteq], q[first_seen_at_lteq], q[first_seen_at_gt], q[first_seen_at_lt] compare */
                "q[first_seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example host */
                            type: string;
                            attributes: components["schemas"]["HostAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Hosts_mostVulnerable: {
        parameters: {
            query?: {
                limit?: number;
                per_page?: number;
                page?: number;
                /** @description <column>:<asc|desc>, column one of: address, hostname, status, os, open_ports, risk_score, critical_count, high_count, pci_fail, scan_id, organization_id, last_seen_at, first_seen_at, created_at. Default risk_score:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on last_seen_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in address, hostname */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[address]"?: string;
                /** @description Match; * is a wildcard */
                "q[hostname]"?: string;
                /** @description Exact enum */
                "q[status]"?: "up" | "down";
                /** @description Match; * is a wildcard */
                "q[os]"?: string;
                /** @description Exact number; q[open_ports_gteq], q[open_ports_lteq], q[open_ports_gt], q[open_ports_lt] compare */
                "q[open_ports]"?: string;
                /** @description Exact number; q[risk_score_gteq], q[risk_score_lteq], q[risk_score_gt], q[risk_score_lt] compare */
                "q[risk_score]"?: string;
                /** @description Exact number; q[critical_count_gteq], q[critical_count_lteq], q[critical_count_gt], q[critical_count_lt] compare */
                "q[critical_count]"?: string;
                /** @description Exact number; q[high_count_gteq], q[high_count_lteq], q[high_count_gt], q[high_count_lt] compare */
                "q[high_count]"?: string;
                /** @description Exact boolean */
                "q[pci_fail]"?: string;
                /** @description Exact uuid */
                "q[scan_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[last_seen_at_gteq], q[last_seen_at_lteq], q[last_seen_at_gt], q[last_seen_at_lt] compare */
                "q[last_seen_at]"?: string;
                /** @description Exact date; q[first_seen_at_gteq], q[first_seen_at_lteq], q[first_seen_at_gt], q[first_seen_at_lt] compare */
                "q[first_seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example host */
                            type: string;
                            attributes: components["schemas"]["HostAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Hosts_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example host */
                            type: string;
                            attributes: components["schemas"]["HostAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    ScanWizard_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WizardBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WizardResultDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SaqTypes_types: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: type, name, applies_to, requirement_count. Default type:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, type */
                q?: string;
                /** @description Exact enum */
                "q[type]"?: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[applies_to]"?: "merchant" | "service_provider";
                /** @description Match; * is a wildcard */
                "q[channels]"?: string;
                /** @description Exact number; q[requirement_count_gteq], q[requirement_count_lteq], q[requirement_count_gt], q[requirement_count_lt] compare */
                "q[requirement_count]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq_type */
                            type: string;
                            attributes: components["schemas"]["SaqTypeAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SaqTypes_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                type: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq_template */
                            type: string;
                            attributes: components["schemas"]["SaqTemplateAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SaqTypes_recommend: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecommendBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecommendationDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: type, state, status, progress, template, period_start, period_end, approved_at, expires_at, organization_id, created_by, approved_by, cloned_from_id, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in type */
                q?: string;
                /** @description Exact enum */
                "q[type]"?: "A" | "A-EP" | "B" | "B-IP" | "C" | "C-VT" | "D-Merchant" | "D-SP" | "P2PE" | "SPoC";
                /** @description Exact enum */
                "q[state]"?: "draft" | "approved";
                /** @description Exact enum */
                "q[status]"?: "compliant" | "non_compliant" | "compliant_with_legal_exception";
                /** @description Exact number; q[progress_gteq], q[progress_lteq], q[progress_gt], q[progress_lt] compare */
                "q[progress]"?: string;
                /** @description Exact boolean */
                "q[template]"?: string;
                /** @description Exact date; q[period_start_gteq], q[period_start_lteq], q[period_start_gt], q[period_start_lt] compare */
                "q[period_start]"?: string;
                /** @description Exact date; q[period_end_gteq], q[period_end_lteq], q[period_end_gt], q[period_end_lt] compare */
                "q[period_end]"?: string;
                /** @description Exact date; q[approved_at_gteq], q[approved_at_lteq], q[approved_at_gt], q[approved_at_lt] compare */
                "q[approved_at]"?: string;
                /** @description Exact date; q[expires_at_gteq], q[expires_at_lteq], q[expires_at_gt], q[expires_at_lt] compare */
                "q[expires_at]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact uuid */
                "q[created_by]"?: string;
                /** @description Exact uuid */
                "q[approved_by]"?: string;
                /** @description Exact uuid */
                "q[cloned_from_id]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSaqBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_show: {
        parameters: {
            query?: {
                /** @description pdf: the questionnaire and AOC as a PDF document */
                format?: "json" | "pdf";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF (format=pdf) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                    "application/pdf": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSaqBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_clone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneSaqBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApproveSaqBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Saqs_template: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example saq */
                            type: string;
                            attributes: components["schemas"]["SaqAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, kind, format, status, advanced_report_id, trigger, user_id, organization_id, sha256, generated_at, expires_at, created_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[kind]"?: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
                /** @description Exact enum */
                "q[format]"?: "pdf" | "csv" | "json" | "sarif";
                /** @description Exact enum */
                "q[status]"?: "queued" | "running" | "completed" | "failed";
                /** @description Exact uuid */
                "q[advanced_report_id]"?: string;
                /** @description Exact enum */
                "q[trigger]"?: "manual" | "schedule";
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Match; * is a wildcard */
                "q[sha256]"?: string;
                /** @description Exact date; q[generated_at_gteq], q[generated_at_lteq], q[generated_at_gt], q[generated_at_lt] compare */
                "q[generated_at]"?: string;
                /** @description Exact date; q[expires_at_gteq], q[expires_at_lteq], q[expires_at_gt], q[expires_at_lt] compare */
                "q[expires_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example report */
                            type: string;
                            attributes: components["schemas"]["ReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_removeMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_generate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateReportBody"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example report */
                            type: string;
                            attributes: components["schemas"]["ReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example report */
                            type: string;
                            attributes: components["schemas"]["ReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/csv": string;
                    "application/json": string;
                    "application/sarif+json": string;
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not ready yet, or failed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Removed by retention */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_exists: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportExistsDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Reports_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        /** @description A hash, or the file as the raw body */
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyHashDto"];
                "application/pdf": components["schemas"]["VerifyHashDto"];
                "text/csv": components["schemas"]["VerifyHashDto"];
                "application/sarif+json": components["schemas"]["VerifyHashDto"];
                "application/octet-stream": components["schemas"]["VerifyHashDto"];
                "multipart/form-data": components["schemas"]["VerifyHashDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifyResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description File larger than REPORTS_VERIFY_MAX_BYTES */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    SigningKey_show: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeyDto"];
                };
            };
        };
    };
    ReportLinks_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/csv": string;
                    "application/json": string;
                    "application/sarif+json": string;
                };
            };
            /** @description Unknown link */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Expired link or file */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, kind, format, enabled, user_id, organization_id, next_run_at, last_run_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Exact enum */
                "q[kind]"?: "executive" | "detailed" | "remediation" | "pci_asv" | "delta";
                /** @description Exact enum */
                "q[format]"?: "pdf" | "csv" | "json" | "sarif";
                /** @description Exact boolean */
                "q[enabled]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact date; q[next_run_at_gteq], q[next_run_at_lteq], q[next_run_at_gt], q[next_run_at_lt] compare */
                "q[next_run_at]"?: string;
                /** @description Exact date; q[last_run_at_gteq], q[last_run_at_lteq], q[last_run_at_gt], q[last_run_at_lt] compare */
                "q[last_run_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example advanced_report */
                            type: string;
                            attributes: components["schemas"]["AdvancedReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAdvancedReportBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example advanced_report */
                            type: string;
                            attributes: components["schemas"]["AdvancedReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Plan does not include advanced_reports (plan.feature_not_available)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_removeMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example advanced_report */
                            type: string;
                            attributes: components["schemas"]["AdvancedReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAdvancedReportBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example advanced_report */
                            type: string;
                            attributes: components["schemas"]["AdvancedReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Plan does not include advanced_reports (plan.feature_not_available)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_generate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example report */
                            type: string;
                            attributes: components["schemas"]["ReportAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AdvancedReports_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/csv": string;
                    "application/json": string;
                    "application/sarif+json": string;
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Plan does not include advanced_reports (plan.feature_not_available) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description No completed report yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorEnvelopeDto"];
                    "text/csv": components["schemas"]["ErrorEnvelopeDto"];
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                    "application/sarif+json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: status, reason, scope, check_id, vulnerability_id, host_id, target_id, recast_severity, user_id, reviewed_by_id, organization_id, covered_count, expires_at, reviewed_at, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on expires_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in check_id, justification */
                q?: string;
                /** @description Exact enum */
                "q[status]"?: "pending" | "active" | "rejected" | "expired" | "reset";
                /** @description Exact enum */
                "q[reason]"?: "false_positive" | "accepted_risk" | "compensating_control" | "disputed_severity";
                /** @description Exact enum */
                "q[scope]"?: "vulnerability" | "host" | "target" | "organization";
                /** @description Match; * is a wildcard */
                "q[check_id]"?: string;
                /** @description Exact uuid */
                "q[vulnerability_id]"?: string;
                /** @description Exact uuid */
                "q[host_id]"?: string;
                /** @description Exact uuid */
                "q[target_id]"?: string;
                /** @description Exact enum */
                "q[recast_severity]"?: "info" | "low" | "medium" | "high" | "critical";
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact uuid */
                "q[reviewed_by_id]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact number; q[covered_count_gteq], q[covered_count_lteq], q[covered_count_gt], q[covered_count_lt] compare */
                "q[covered_count]"?: string;
                /** @description Exact date; q[expires_at_gteq], q[expires_at_lteq], q[expires_at_gt], q[expires_at_lt] compare */
                "q[expires_at]"?: string;
                /** @description Exact date; q[reviewed_at_gteq], q[reviewed_at_lteq], q[reviewed_at_gt], q[reviewed_at_lt] compare */
                "q[reviewed_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
                /** @description Match; * is a wildcard */
                "q[justification]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExceptionBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_removeMany: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDeleteDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDeleteResultDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_statistics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExceptionStatisticsDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_activate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionIdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_reject: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionIdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_reset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionIdsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExceptionBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example exception */
                            type: string;
                            attributes: components["schemas"]["ExceptionAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Exceptions_details: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: added_at. Default added_at:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Exact date; q[added_at_gteq], q[added_at_lteq], q[added_at_gt], q[added_at_lt] compare */
                "q[added_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example vulnerability */
                            type: string;
                            attributes: components["schemas"]["VulnerabilityAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Assistant_prompt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PromptDto"];
            };
        };
        responses: {
            /** @description With Accept: text/event-stream: `delta` events, then `done` (or `error`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description The answer (the question is stored with it) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example chat_message */
                            type: string;
                            attributes: components["schemas"]["ChatMessageAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Plan does not include ai_assistant (plan.feature_not_available)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description The language model failed (ai.model_error) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description The language model is unreachable or busy */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description The language model did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Assistant_chatHistory: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: role, source, created_at. Default created_at:asc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in content */
                q?: string;
                /** @description Exact enum */
                "q[role]"?: "user" | "assistant";
                /** @description Exact enum */
                "q[source]"?: "llm" | "offline";
                /** @description Match; * is a wildcard */
                "q[content]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example chat_message */
                            type: string;
                            attributes: components["schemas"]["ChatMessageAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Plan does not include ai_assistant (plan.feature_not_available)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Assistant_deleteChatHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Plan does not include ai_assistant (plan.feature_not_available)
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Assistant_usage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AiUsageDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: event, title, resource_type, resource_id, read_at, seen_at, created_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in title, body */
                q?: string;
                /** @description Exact enum */
                "q[event]"?: "scan_started" | "scan_completed" | "scan_failed" | "scan_stopped" | "scan_scheduled" | "report_generated" | "report_failed" | "advanced_report_generated" | "vulnerability_found" | "exception_created" | "exception_approved" | "exception_rejected" | "exception_expired" | "exception_reset" | "exception_expiring" | "saq_approved" | "webhook_disabled" | "subscription_expiring" | "subscription_expired";
                /** @description Match; * is a wildcard */
                "q[title]"?: string;
                /** @description Match; * is a wildcard */
                "q[body]"?: string;
                /** @description Match; * is a wildcard */
                "q[resource_type]"?: string;
                /** @description Exact uuid */
                "q[resource_id]"?: string;
                /** @description Exact boolean */
                "q[read]"?: string;
                /** @description Exact boolean */
                "q[seen]"?: string;
                /** @description Exact date; q[read_at_gteq], q[read_at_lteq], q[read_at_gt], q[read_at_lt] compare */
                "q[read_at]"?: string;
                /** @description Exact date; q[seen_at_gteq], q[seen_at_lteq], q[seen_at_gt], q[seen_at_lt] compare */
                "q[seen_at]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification */
                            type: string;
                            attributes: components["schemas"]["NotificationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["NotificationListMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsChangedDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_markAllSeen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationsChangedDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification */
                            type: string;
                            attributes: components["schemas"]["NotificationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_read: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification */
                            type: string;
                            attributes: components["schemas"]["NotificationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Notifications_seen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example notification */
                            type: string;
                            attributes: components["schemas"]["NotificationAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_list: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: name, url, active, organization_id, user_id, consecutive_failures, created_at, updated_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Text searched in name, url */
                q?: string;
                /** @description Match; * is a wildcard */
                "q[name]"?: string;
                /** @description Match; * is a wildcard */
                "q[url]"?: string;
                /** @description Match; * is a wildcard */
                "q[events]"?: string;
                /** @description Exact boolean */
                "q[active]"?: string;
                /** @description Exact uuid */
                "q[organization_id]"?: string;
                /** @description Exact uuid */
                "q[user_id]"?: string;
                /** @description Exact number; q[consecutive_failures_gteq], q[consecutive_failures_lteq], q[consecutive_failures_gt], q[consecutive_failures_lt] compare */
                "q[consecutive_failures]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[updated_at_gteq], q[updated_at_lteq], q[updated_at_gt], q[updated_at_lt] compare */
                "q[updated_at]"?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookBody"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_show: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted (with its delivery log) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_activate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_deactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_rotateSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateSecretBody"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook */
                            type: string;
                            attributes: components["schemas"]["WebhookAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_ping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedDeliveryDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_listDeliveries: {
        parameters: {
            query?: {
                page?: number;
                per_page?: number;
                /** @description <column>:<asc|desc>, column one of: event, event_id, kind, status, response_status, attempt_count, created_at, completed_at. Default created_at:desc. */
                sort_by?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC), on created_at */
                date_range_start?: string;
                /** @description YYYY-MM-DD hh:mm:ss (UTC) */
                date_range_end?: string;
                /** @description <n><unit>, unit s m h d M y q (10d); or 1q2020 */
                relative_date_range?: string;
                /** @description Match; * is a wildcard */
                "q[event]"?: string;
                /** @description Exact uuid */
                "q[event_id]"?: string;
                /** @description Exact enum */
                "q[kind]"?: "event" | "ping" | "redelivery";
                /** @description Exact enum */
                "q[status]"?: "pending" | "succeeded" | "failed" | "cancelled";
                /** @description Exact number; q[response_status_gteq], q[response_status_lteq], q[response_status_gt], q[response_status_lt] compare */
                "q[response_status]"?: string;
                /** @description Exact number; q[attempt_count_gteq], q[attempt_count_lteq], q[attempt_count_gt], q[attempt_count_lt] compare */
                "q[attempt_count]"?: string;
                /** @description Exact date; q[created_at_gteq], q[created_at_lteq], q[created_at_gt], q[created_at_lt] compare */
                "q[created_at]"?: string;
                /** @description Exact date; q[completed_at_gteq], q[completed_at_lteq], q[completed_at_gt], q[completed_at_lt] compare */
                "q[completed_at]"?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook_delivery */
                            type: string;
                            attributes: components["schemas"]["DeliveryAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        }[];
                        meta: components["schemas"]["PageMetaDto"];
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_showDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            /** Format: uuid */
                            id: string;
                            /** @example webhook_delivery */
                            type: string;
                            attributes: components["schemas"]["DeliveryDetailAttributesDto"];
                            relationships: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    Webhooks_redeliver: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedDeliveryDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /**
             * @description Not allowed for this role
             *
             *     Not allowed for this role
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthMfa_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MfaCheckDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSignInResponseDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthMfa_sendSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendSmsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthMfa_webauthnOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SendSmsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebAuthnSignInOptionsDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthMfa_webauthnVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebAuthnSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSignInResponseDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    AuthMfa_withRecoveryCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecoveryCodeSignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MfaSignInResponseDto"];
                };
            };
            /**
             * @description Missing or invalid API key or credentials
             *
             *     Missing or invalid API key or credentials
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_enable: {
        parameters: {
            query: {
                method: "sms" | "totp";
                /** @description Required for sms; must be a mobile number */
                phone_number?: string;
                country_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnableMfaResponseDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Conflict */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_verifyInstallation: {
        parameters: {
            query: {
                method: "sms" | "totp";
                otp_attempt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_disable: {
        parameters: {
            query: {
                method: "sms" | "totp";
                otp_attempt: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_lookupPhone: {
        parameters: {
            query: {
                phone_number: string;
                country_code?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhoneLookupDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_defaultMethod: {
        parameters: {
            query: {
                method: "sms" | "totp";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DefaultMethodDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_generateRecoveryCodes: {
        parameters: {
            query?: never;
            header?: {
                "x-mfa-step-up-token"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recovery codes generated (no body) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    UserMfa_recoveryCodes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_listFactors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FactorListDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_startTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpEnrollStartDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_verifyTotp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TotpEnrollVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolledFactorDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_webauthnOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebAuthnOptionsDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_webauthnVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebAuthnEnrollVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolledFactorDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_stepUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepUpTokenDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_sendStepUpSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatusDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_webauthnStepUpOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebAuthnStepUpOptionsDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_webauthnStepUpVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebAuthnStepUpVerifyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StepUpTokenDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Too many requests (see Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_removeFactor: {
        parameters: {
            query?: never;
            header: {
                /** @description From POST .../step-up or .../step-up/webauthn/verify */
                "x-mfa-step-up-token": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_regenerate: {
        parameters: {
            query?: never;
            header: {
                /** @description From POST .../step-up or .../step-up/webauthn/verify */
                "x-mfa-step-up-token": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegeneratedCodesDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Not allowed for this role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_listTrustedDevices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrustedDeviceListDto"];
                };
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_revokeAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
    IdentityMfa_revokeOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid API key or credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Record Not Found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
            /** @description Parameter Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelopeDto"];
                };
            };
        };
    };
}
