/**
 * Generated from the OpenAPI document by `npm run client`: do not edit; a test fails when it is stale.
 */
export interface paths {
    "/delegations/{id}/meetings/{meetingId}/secrecy-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the competent person's written approval of a confidential meeting
         * @description Records the competent person's written approval of a confidential meeting. Roles: leadership.
         */
        post: operations["approve-meeting-secrecy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a visit
         * @description Cancels a visit that has not started. Roles: office.
         */
        post: operations["cancel-delegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/tasks/{taskKey}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a task of the compliance report done
         * @description Marks a task of a visit's compliance report done, with a note and the file or permit that shows it. Roles: office.
         */
        post: operations["complete-task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visits and meetings of a range of days (six weeks at most), for the calendar
         * @description Answers the visits and meetings of up to six weeks, for the calendar. Roles: office, leadership.
         */
        get: operations["get-schedule"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The day at a glance: figures, arrivals this week, open tasks by visit, reports to file
         * @description Answers the day's figures, the Office's open tasks, this week's arrivals and the reports to file, in one call. Roles: office, leadership.
         */
        get: operations["get-worklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/meetings/{meetingId}": {
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
         * Cancel a meeting
         * @description Cancels a meeting and frees its room and officials. Roles: office.
         */
        delete: operations["cancel-meeting"];
        options?: never;
        head?: never;
        /**
         * Reschedule a meeting
         * @description Moves or changes a meeting (If-Match). Roles: office.
         */
        patch: operations["reschedule-meeting"];
        trace?: never;
    };
    "/delegations/{id}/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visit's news item for the Department's portal, and the steps the caller may take
         * @description Shows a visit's news item for the portal, drafted from its records until the Office saves it. Roles: office, leadership, information-centre.
         */
        get: operations["get-news"];
        put?: never;
        /**
         * One step of the visit's news item: edit, submit, approve, return or record its publication
         * @description Takes one step of a visit's news item: edit, submit, approve, return, record its publication. Roles: office, leadership, information-centre.
         */
        post: operations["change-news"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/news/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visit's news item as a file: HTML for the portal's editor, or .docx
         * @description Gives a visit's news item as HTML for the portal's editor or as .docx. Roles: office, leadership, information-centre.
         */
        get: operations["news-file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's news items approved by leadership, to publish, and those already published
         * @description Lists the year's approved and published news items for the Information Centre. Roles: office, leadership, information-centre.
         */
        get: operations["list-news"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/external-plan/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's external-information plan as the Office keeps it
         * @description Shows the year's external-information plan: leader, focal official, training, events, budget. Roles: office, leadership.
         */
        get: operations["get-external-plan"];
        /**
         * Saves the year's external-information plan as a whole
         * @description Saves the year's external-information plan as a whole, under If-Match. Roles: office.
         */
        put: operations["replace-external-plan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/external-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The yearly report on carrying out the external-information plan (JSON, .docx or XLSX)
         * @description Reports on carrying out the year's external-information plan as JSON, .docx or XLSX. Roles: office, leadership.
         */
        get: operations["report-external-information"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/attachments/{attachmentId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an upload: the file is kept if its content is what was declared
         * @description Checks an uploaded file against its declared type and size, and keeps or refuses it. Roles: office.
         */
        post: operations["confirm-attachment-upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject (leadership)
         * @description Records leadership's approval or rejection. Roles: leadership.
         */
        post: operations["decide-delegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/attachments/{attachmentId}": {
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
         * Delete a file of the dossier for good (admin); its record stays as an audit entry
         * @description Deletes a file of a visit's dossier for good, keeping its record as an audit entry. Roles: admin.
         */
        delete: operations["delete-attachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/documents/periodic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft of the quarterly or yearly report on receiving foreign delegations (.docx)
         * @description Drafts the quarterly or yearly report on receiving foreign delegations (.docx). Roles: office, leadership.
         */
        get: operations["draft-periodic-report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft of one of the visit’s documents (.docx, Nghị định 30/2020/NĐ-CP)
         * @description Drafts one of a visit's documents (.docx) from its records. Roles: office, leadership.
         */
        get: operations["draft-visit-document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Free intervals of a working day
         * @description Returns the free intervals of a working day for a room and officials. Roles: office, leadership.
         */
        get: operations["get-availability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The latest compliance report
         * @description Returns a delegation's latest compliance report. Roles: office, leadership.
         */
        get: operations["get-compliance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one delegation
         * @description Returns one delegation. Roles: office, leadership.
         */
        get: operations["get-delegation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a registration
         * @description Changes a registration (If-Match) and publishes Delegation.Updated. Roles: office.
         */
        patch: operations["update-delegation"];
        trace?: never;
    };
    "/calendar/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public holidays and make-up working days of each year (or of `year`), with their versions
         * @description Returns the public holidays and make-up working days of each year, with their versions. Roles: office, leadership, admin.
         */
        get: operations["get-holidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delegation's timeline
         * @description Returns a delegation's timeline of domain events. Roles: office, leadership.
         */
        get: operations["get-timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency directory
         * @description Lists the agency directory. Roles: office, leadership, admin.
         */
        get: operations["list-agencies"];
        /**
         * Replace the agency directory
         * @description Replaces the agency directory (names, addresses, active flags). Roles: admin.
         */
        put: operations["replace-agencies"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visit's dossier
         * @description Lists a visit's dossier with download links valid for minutes. Roles: office, leadership.
         */
        get: operations["list-attachments"];
        put?: never;
        /**
         * Add a file to the visit's dossier: the record, and a URL to upload it to
         * @description Registers a file for a visit's dossier and answers with a presigned upload URL. Roles: office.
         */
        post: operations["request-attachment-upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Look up the history of visits
         * @description Looks up the history of visits with filters, newest arrival first. Roles: office, leadership.
         */
        get: operations["list-delegations"];
        put?: never;
        /**
         * Register an incoming delegation
         * @description Registers an incoming delegation and publishes Delegation.Registered. Roles: office.
         */
        post: operations["register-delegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The Department's divisions that host visits
         * @description Lists the Department's divisions that host visits. Roles: office, leadership, admin.
         */
        get: operations["list-divisions"];
        /**
         * Replace the Department's divisions and their addresses
         * @description Replaces the list of the Department's divisions and their addresses. Roles: admin.
         */
        put: operations["replace-divisions"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delegation's meetings
         * @description Lists a delegation's meetings. Roles: office, leadership.
         */
        get: operations["list-meetings"];
        put?: never;
        /**
         * Book a meeting
         * @description Books a meeting with a room and officials, never double-booking them. Roles: office.
         */
        post: operations["schedule-meeting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every email about a delegation
         * @description Lists every email sent, failed or suppressed for a delegation. Roles: office, leadership.
         */
        get: operations["list-notifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Officials who attend meetings
         * @description Lists the officials who attend meetings. Roles: office, leadership, admin.
         */
        get: operations["list-officials"];
        /**
         * Replace the officials
         * @description Replaces the list of officials who attend meetings. Roles: admin.
         */
        put: operations["replace-officials"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/decisions/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Visits waiting for leadership, oldest first, with their reasons
         * @description Lists the visits waiting for leadership, oldest first, with their reasons. Roles: leadership.
         */
        get: operations["list-pending-decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Meeting rooms
         * @description Lists the meeting rooms. Roles: office, leadership, admin.
         */
        get: operations["list-rooms"];
        /**
         * Replace the meeting rooms
         * @description Replaces the list of meeting rooms. Roles: admin.
         */
        put: operations["replace-rooms"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every compliance rule with its legal source and current figures
         * @description Lists every compliance rule with its legal source and current figures. Roles: office, leadership, admin.
         */
        get: operations["list-rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a permission or permit from an outside authority (conference permission, restricted-area permit, press permit, religious acceptance, content approval, secrets approval); the visit is checked again
         * @description Records a permission or permit from an outside authority (If-Match) and checks the visit again. Roles: office.
         */
        post: operations["record-approval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/holidays/{year}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What a correction of a year’s holidays would re-check, before it is saved
         * @description Says what a holiday correction would re-check before admin saves it. Roles: admin.
         */
        post: operations["preview-holiday-change"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/holidays/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Correct a year's holidays from the government's notice; visits not yet started are checked again
         * @description Corrects a year's public holidays (If-Match) and publishes HolidayCalendar.Changed. Roles: admin.
         */
        put: operations["replace-holidays"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Summary report (JSON, CSV or XLSX)
         * @description Summarises visits for leadership as JSON, CSV or XLSX. Roles: leadership.
         */
        get: operations["report-summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The visits of a period themselves (JSON, CSV or XLSX)
         * @description Lists the visits of a period for leadership as JSON, CSV or XLSX. Roles: leadership.
         */
        get: operations["report-visits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/delegations/{id}/visit-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File the host division's post-visit report
         * @description Files the host division's post-visit report. Roles: office.
         */
        post: operations["submit-visit-report"];
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
        /** @description Every error: a code to act on, a message for people, details where useful */
        Error: {
            error: {
                code: string;
                message: string;
                details?: unknown;
            };
        };
        Attachment: {
            id: string;
            delegationId: string;
            fileName: string;
            /** @enum {string} */
            contentType: "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "image/jpeg" | "image/png";
            size: number;
            /** @enum {string} */
            kind: "partner-letter" | "permit" | "decision" | "signed-document" | "photo" | "passport-scan" | "other";
            approvalId?: string;
            note?: string;
            /** @enum {string} */
            status: "pending" | "available" | "refused" | "deleted";
            uploadExpiresAt?: string;
            version: number;
            createdAt: string;
            createdBy: {
                sub: string;
                username?: string;
                name?: string;
                roles: string[];
            };
            confirmedAt?: string;
            refusal?: string;
            deletion?: {
                reason: string;
                deletedBy: {
                    sub: string;
                    username?: string;
                    name?: string;
                    roles: string[];
                };
                deletedAt: string;
            };
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
    "approve-meeting-secrecy": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reference: string;
                };
            };
        };
        responses: {
            /** @description The approved meeting */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        roomId: string;
                        officialIds: string[];
                        confidential: boolean;
                        /** @enum {string} */
                        secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                        id: string;
                        delegationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled";
                        version: number;
                        sequence: number;
                        holdId?: string;
                        secrecyApproval?: {
                            reference: string;
                            approvedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            approvedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cancel-delegation": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The cancelled delegation */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "complete-task": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
                taskKey: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    attachmentId?: string;
                    approvalId?: string;
                };
            };
        };
        responses: {
            /** @description The delegation with the task among `tasksDone` (marking it again changes nothing) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-schedule": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Visits and meetings, Asia/Ho_Chi_Minh days */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        visits: {
                            id: string;
                            receiptNumber?: string;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                            };
                            arrival: string;
                            departure: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                            hostDivision: string;
                        }[];
                        meetings: {
                            id: string;
                            delegationId: string;
                            title: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            roomId: string;
                            officialIds: string[];
                            partnerName: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The worklist of today (Asia/Ho_Chi_Minh) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        today: string;
                        summary: {
                            visitsThisMonth: number;
                            waitingForLeadership: number;
                            overdueTasks: number;
                            arrivalsThisWeek: number;
                            reportsOverdue: number;
                        };
                        arrivals: {
                            id: string;
                            receiptNumber?: string;
                            revision: number;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                            };
                            arrival: string;
                            departure: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                        }[];
                        visits: {
                            id: string;
                            receiptNumber?: string;
                            revision: number;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                            };
                            arrival: string;
                            departure: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                            tasks: {
                                key: string;
                                ruleId: string;
                                title: string;
                                message: string;
                                /** @enum {string} */
                                severity: "blocking" | "approval_required" | "action_required";
                                /** Format: date */
                                dueDate?: string;
                                overdue: boolean;
                                waitsForLeadership: boolean;
                            }[];
                        }[];
                        reportsDue: {
                            id: string;
                            receiptNumber?: string;
                            revision: number;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                            };
                            arrival: string;
                            departure: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                            /** Format: date */
                            reportDueOn: string;
                            overdue: boolean;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "cancel-meeting": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cancelled meeting */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        roomId: string;
                        officialIds: string[];
                        confidential: boolean;
                        /** @enum {string} */
                        secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                        id: string;
                        delegationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled";
                        version: number;
                        sequence: number;
                        holdId?: string;
                        secrecyApproval?: {
                            reference: string;
                            approvedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            approvedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "reschedule-meeting": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
                meetingId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** Format: date-time */
                    start?: string;
                    /** Format: date-time */
                    end?: string;
                    roomId?: string;
                    officialIds?: string[];
                    confidential?: boolean;
                    /** @enum {string} */
                    secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                };
            };
        };
        responses: {
            /** @description The meeting, its sequence raised */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        roomId: string;
                        officialIds: string[];
                        confidential: boolean;
                        /** @enum {string} */
                        secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                        id: string;
                        delegationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled";
                        version: number;
                        sequence: number;
                        holdId?: string;
                        secrecyApproval?: {
                            reference: string;
                            approvedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            approvedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-news": {
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
            /** @description The saved news item, or the draft the records give while nobody saved one; none for a sensitive visit or one not over and reported yet (unavailable says why) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        partner: string;
                        vi?: {
                            title: string;
                            lead: string;
                            body: string[];
                        };
                        en?: {
                            title: string;
                            lead: string;
                            body: string[];
                            needsReview: boolean;
                        };
                        /**
                         * @description "none" while nobody saved the draft the records give (the first step saves it, If-Match "0")
                         * @enum {string}
                         */
                        status: "none" | "draft" | "submitted" | "approved" | "returned" | "published";
                        version: number;
                        edited?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                        };
                        submitted?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                        };
                        decided?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                            note?: string;
                        };
                        published?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                            url: string;
                        };
                        /**
                         * @description Why the visit has no news item (yet): a sensitive topic, or not over or reported yet
                         * @enum {string}
                         */
                        unavailable?: "sensitive" | "visit-not-over" | "report-not-filed";
                        /** @description The dossier photos chosen for the portal, each with a download link valid for minutes; a photo since deleted from the dossier is left out */
                        photos: {
                            attachmentId: string;
                            caption: string;
                            fileName: string;
                            download: {
                                url: string;
                                expiresAt: string;
                            };
                        }[];
                        /** @description The steps the caller may take now */
                        commands: ("edit" | "submit" | "approve" | "return" | "publish")[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "change-news": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @constant */
                    command: "edit";
                    content: {
                        vi: {
                            title: string;
                            lead: string;
                            body: string[];
                        };
                        en: {
                            title: string;
                            lead: string;
                            body: string[];
                            needsReview: boolean;
                        };
                    };
                    photos?: {
                        attachmentId: string;
                        caption: string;
                    }[];
                } | {
                    /** @constant */
                    command: "submit";
                } | {
                    /** @constant */
                    command: "approve";
                    note?: string;
                } | {
                    /** @constant */
                    command: "return";
                    note: string;
                } | {
                    /** @constant */
                    command: "publish";
                    /** Format: uri */
                    url: string;
                };
            };
        };
        responses: {
            /** @description The news item after the step. The Office edits and submits; leadership approves or returns it with a note (403 to another role); once approved the Office records its address on the portal. 409 when the item is not in a state for the step or the visit has no news item. */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        partner: string;
                        vi?: {
                            title: string;
                            lead: string;
                            body: string[];
                        };
                        en?: {
                            title: string;
                            lead: string;
                            body: string[];
                            needsReview: boolean;
                        };
                        /**
                         * @description "none" while nobody saved the draft the records give (the first step saves it, If-Match "0")
                         * @enum {string}
                         */
                        status: "none" | "draft" | "submitted" | "approved" | "returned" | "published";
                        version: number;
                        edited?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                        };
                        submitted?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                        };
                        decided?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                            note?: string;
                        };
                        published?: {
                            by: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            at: string;
                            url: string;
                        };
                        /**
                         * @description Why the visit has no news item (yet): a sensitive topic, or not over or reported yet
                         * @enum {string}
                         */
                        unavailable?: "sensitive" | "visit-not-over" | "report-not-filed";
                        /** @description The dossier photos chosen for the portal, each with a download link valid for minutes; a photo since deleted from the dossier is left out */
                        photos: {
                            attachmentId: string;
                            caption: string;
                            fileName: string;
                            download: {
                                url: string;
                                expiresAt: string;
                            };
                        }[];
                        /** @description The steps the caller may take now */
                        commands: ("edit" | "submit" | "approve" | "return" | "publish")[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "news-file": {
        parameters: {
            query?: {
                format?: "docx" | "html";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The news item in Vietnamese and English, without review marks (409 for a visit with no news item) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "text/html": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-news": {
        parameters: {
            query: {
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the visits arriving in the year’s reporting period: each approved or published news item with its title, the partner and, once published, its address; newest approval first. Drafts and items waiting for leadership are not listed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        items: {
                            delegationId: string;
                            partner: string;
                            /** Format: date */
                            arrival: string;
                            /** @enum {string} */
                            status: "approved" | "published";
                            title: string;
                            approvedAt?: string;
                            published?: {
                                url: string;
                                at: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-external-plan": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The leader in charge, the focal official, the plan document, the budget, the training attended and the events organised (version 0 and empty lists while nothing was saved); ETag = its version */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planDocument?: string;
                        leaderId?: string;
                        focalOfficialId?: string;
                        /** @default {} */
                        budget: {
                            estimateVnd?: number;
                            spentVnd?: number;
                        };
                        /** @default [] */
                        trainings: {
                            id: string;
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            organiser: string;
                            place?: string;
                            attendees: string[];
                        }[];
                        /** @default [] */
                        events: {
                            id: string;
                            /** @enum {string} */
                            kind: "business_matching" | "promotion_exhibition" | "technology_demonstration" | "conference_seminar" | "other";
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            place: string;
                            /** @default [] */
                            partners: string[];
                            participants?: number;
                            result?: string;
                        }[];
                        year: number;
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-external-plan": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    planDocument?: string;
                    leaderId?: string;
                    focalOfficialId?: string;
                    /** @default {} */
                    budget?: {
                        estimateVnd?: number;
                        spentVnd?: number;
                    };
                    /** @default [] */
                    trainings?: {
                        id: string;
                        title: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to?: string;
                        organiser: string;
                        place?: string;
                        attendees: string[];
                    }[];
                    /** @default [] */
                    events?: {
                        id: string;
                        /** @enum {string} */
                        kind: "business_matching" | "promotion_exhibition" | "technology_demonstration" | "conference_seminar" | "other";
                        title: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to?: string;
                        place: string;
                        /** @default [] */
                        partners?: string[];
                        participants?: number;
                        result?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The saved plan (ETag = its version). If-Match with the version read ("0" for a year never saved): a stale copy would undo another user’s record (412). 422 when the leader is not of the Department’s leadership, a named official is not active in the directory, or a record falls outside the year. */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planDocument?: string;
                        leaderId?: string;
                        focalOfficialId?: string;
                        /** @default {} */
                        budget: {
                            estimateVnd?: number;
                            spentVnd?: number;
                        };
                        /** @default [] */
                        trainings: {
                            id: string;
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            organiser: string;
                            place?: string;
                            attendees: string[];
                        }[];
                        /** @default [] */
                        events: {
                            id: string;
                            /** @enum {string} */
                            kind: "business_matching" | "promotion_exhibition" | "technology_demonstration" | "conference_seminar" | "other";
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            place: string;
                            /** @default [] */
                            partners: string[];
                            participants?: number;
                            result?: string;
                        }[];
                        year: number;
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "report-external-information": {
        parameters: {
            query: {
                year: number;
                format?: "json" | "docx" | "xlsx";
                number?: string;
                date?: string;
                signer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description For the year’s reporting period (Nghị định 09/2019/NĐ-CP, Điều 12: 15/12 of the year before to 14/12, unless the profile uses calendar years): visits received by partner type, country and activity, conferences, agreements signed, news published with their addresses, events organised, training, the leader and focal official, and the budget. The .docx is the report to the Provincial People’s Committee with the narrative left for the Office. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        year: number;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        planDocument?: string;
                        leader?: {
                            id: string;
                            /** @enum {string} */
                            honorific?: "Ông" | "Bà";
                            fullName: string;
                            title: string;
                        };
                        focalOfficial?: {
                            id: string;
                            /** @enum {string} */
                            honorific?: "Ông" | "Bà";
                            fullName: string;
                            title: string;
                        };
                        visits: {
                            delegations: number;
                            members: number;
                            byPartnerType: {
                                group: string;
                                label: string;
                                delegations: number;
                                members: number;
                            }[];
                            byCountry: {
                                group: string;
                                label: string;
                                delegations: number;
                                members: number;
                            }[];
                            byActivity: {
                                group: string;
                                label: string;
                                delegations: number;
                            }[];
                        };
                        conferences: {
                            title: string;
                            partner: string;
                            /** Format: date */
                            day: string;
                            authority: string;
                        }[];
                        agreements: {
                            title: string;
                            partner: string;
                            /** Format: date */
                            day: string;
                        }[];
                        news: {
                            title: string;
                            partner: string;
                            /** Format: date */
                            publishedOn: string;
                            url: string;
                        }[];
                        events: {
                            id: string;
                            /** @enum {string} */
                            kind: "business_matching" | "promotion_exhibition" | "technology_demonstration" | "conference_seminar" | "other";
                            kindName: string;
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            place: string;
                            partners: string[];
                            participants?: number;
                            result?: string;
                        }[];
                        eventsByKind: {
                            /** @enum {string} */
                            kind: "business_matching" | "promotion_exhibition" | "technology_demonstration" | "conference_seminar" | "other";
                            label: string;
                            events: number;
                        }[];
                        trainings: {
                            id: string;
                            title: string;
                            /** Format: date */
                            from: string;
                            /** Format: date */
                            to?: string;
                            organiser: string;
                            place?: string;
                            attendees: string[];
                        }[];
                        budget: {
                            planEstimateVnd?: number;
                            spentVnd?: number;
                            receptionEstimateVnd: number;
                            receptionsWithoutFigure: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "confirm-attachment-upload": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment, available (and on the timeline). 422 when the file is not there yet, or its content or size is not what was declared (the file is then deleted and the record says why). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "decide-delegation": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    decision: "approve" | "reject";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The decided delegation */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "delete-attachment": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The record, deleted, with who, when and why */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "draft-periodic-report": {
        parameters: {
            query: {
                from: string;
                to: string;
                number?: string;
                date?: string;
                signer?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Báo cáo: the period’s figures, the narrative for the Office to complete and the table of visits */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "draft-visit-document": {
        parameters: {
            query?: {
                number?: string;
                date?: string;
                signer?: string;
            };
            header?: never;
            path: {
                id: string;
                kind: "proposal" | "guest-list-police" | "permission-request" | "conference-plan" | "reception-plan" | "visit-report";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description proposal: Tờ trình to the Director; guest-list-police: Công văn to the provincial police with the guest list; permission-request: Công văn asking the Provincial People’s Committee for the permissions the compliance report names (409 when none is missing); reception-plan: Kế hoạch đón tiếp with the estimated budget; visit-report: Báo cáo kết quả (409 before the post-visit report is filed) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-availability": {
        parameters: {
            query: {
                date: string;
                roomId?: string;
                officialIds?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Free intervals for the room and officials together */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date */
                        date: string;
                        roomId?: string;
                        officialIds: string[];
                        bufferMinutes: number;
                        free: {
                            start: string;
                            end: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-compliance": {
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
            /** @description The report with each finding, its legal source, what to do and by when */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        delegationVersion: number;
                        checkedAt: string;
                        /** @enum {string} */
                        outcome: "cleared" | "awaiting_permits" | "approval_required" | "blocked";
                        outcomeVi: string;
                        current: boolean;
                        delegationStatus: string;
                        findings: ({
                            ruleId: string;
                            key?: string;
                            /** @enum {string} */
                            severity: "blocking" | "approval_required" | "action_required" | "info";
                            title: {
                                vi: string;
                                en: string;
                            };
                            summary?: string;
                            message: string;
                            citation: string;
                            /** Format: date */
                            dueDate?: string;
                            overdue?: boolean;
                            agencies: string[];
                            approvals: ({
                                authority: string;
                                kind?: string;
                                what: string;
                                /** Format: date */
                                dueDate?: string;
                                /** Format: date */
                                neededBy?: string;
                                recorded?: {
                                    id: string;
                                    documentNumber: string;
                                    /** Format: date */
                                    documentDate: string;
                                    issuingBody: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                            severityVi: string;
                            dueDateVi?: string;
                            agencyNames: string[];
                            /** @enum {string} */
                            decided?: "approve" | "reject";
                            done?: {
                                note?: string;
                                attachmentId?: string;
                                approvalId?: string;
                                doneBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                } & {
                                    [key: string]: unknown;
                                };
                                doneAt: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } & {
                            [key: string]: unknown;
                        })[];
                        summaryVi: string[];
                        documents?: {
                            kind: string;
                            available: boolean;
                            reasonVi?: string;
                        }[];
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            decisionVi: string;
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                            } & {
                                [key: string]: unknown;
                            };
                            decidedAt: string;
                        } & {
                            [key: string]: unknown;
                        };
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-delegation": {
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
            /** @description The delegation (ETag = its revision), with when its personal data is erased */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                        personalData: {
                            retentionMonths: number;
                            /** Format: date */
                            erasureDueOn?: string;
                            erasedAt?: string;
                        };
                        allowedActions: ("edit" | "cancel" | "record-permit" | "approve" | "reject" | "file-report" | "book-meeting" | "finish-task")[];
                        progress: {
                            /** @enum {string} */
                            key: "received" | "checked" | "waiting" | "approved" | "under_way" | "reported";
                            titleVi: string;
                            /** @enum {string} */
                            state: "done" | "current" | "pending" | "failed" | "skipped";
                            at?: string;
                            noteVi?: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "update-delegation": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partner?: {
                        name: string;
                        nameVi?: string;
                        country: string;
                        /** @enum {string} */
                        type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                        ngoRegistration?: {
                            certificateNumber: string;
                            /** Format: date */
                            issuedOn?: string;
                            /** Format: date */
                            receivedOn?: string;
                            /** Format: date */
                            expiresOn: string;
                            provinces: string[];
                            fields: string[];
                        };
                    };
                    members?: {
                        fullName: string;
                        nationality?: string;
                        passportNumber?: string;
                        title?: string;
                        titleVi?: string;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        rank?: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                        pressPermitNumber?: string;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        /** Format: date */
                        dateOfBirth?: string;
                        /** Format: date */
                        passportExpiresOn?: string;
                        entry?: {
                            /** @enum {string} */
                            document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                            number?: string;
                            /** Format: date */
                            validUntil?: string;
                            port?: string;
                            /** Format: date */
                            enteredOn?: string;
                        };
                    }[];
                    purpose?: string;
                    topics?: string[];
                    visit?: {
                        /** Format: date-time */
                        arrival: string;
                        /** Format: date-time */
                        departure: string;
                    };
                    itinerary?: {
                        name: string;
                        address?: string;
                        /** @default false */
                        restrictedArea?: boolean;
                        /** @enum {string} */
                        managedBy?: "police" | "military";
                        /** @default false */
                        overnightStay?: boolean;
                    }[];
                    activities?: {
                        /** @enum {string} */
                        type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                        title?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        online?: boolean;
                        acrossProvinces?: boolean;
                        venue?: string;
                        organisers?: string[];
                        participants?: {
                            vietnamese: number;
                            foreign: number;
                        };
                        agenda?: string;
                        funding?: {
                            source: string;
                            amountVnd?: number;
                        };
                        mediaCoverage?: boolean;
                        valueVnd?: number;
                    }[];
                    /** @enum {string} */
                    protocolLevel?: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                    /** @enum {string} */
                    channel?: "party" | "state" | "people";
                    hostDivision?: string;
                    giftsPlanned?: boolean;
                    vietnameseSidePays?: boolean;
                    hospitality?: {
                        /** @enum {string} */
                        costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                        /** @default false */
                        banquet?: boolean;
                        interpreting?: {
                            /** @enum {string} */
                            mode: "consecutive" | "simultaneous";
                            hours: number;
                            /** @default 1 */
                            interpreters?: number;
                        };
                        translation?: {
                            /** @default 0 */
                            pagesIntoVietnamese?: number;
                            /** @default 0 */
                            pagesFromVietnamese?: number;
                        };
                        specialGifts?: {
                            recipients: number;
                            reason: string;
                        };
                    };
                    contact?: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    sourceLetter?: {
                        number: string;
                        /** Format: date */
                        date: string;
                        /** Format: date */
                        receivedOn?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The changed delegation, back under review */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-holidays": {
        parameters: {
            query?: {
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The years (ETag = version when one year is asked for; 0: as shipped) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            year: number;
                            version: number;
                            official: boolean;
                            source: string;
                            daysOff: string[];
                            makeUpWorkingDays: string[];
                            names: {
                                [key: string]: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "get-timeline": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        entries: {
                            delegationId: string;
                            eventId: string;
                            name: string;
                            version: number;
                            occurredAt: string;
                            correlationId: string;
                            actor: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            summary?: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            key: "foreign-affairs" | "provincial-committee" | "police" | "military" | "religious-affairs" | "party-external" | "friendship-union" | "mofa" | "mps" | "leadership" | "office" | "host-unit" | "information-centre";
                            name: string;
                            emails: {
                                /** Format: email */
                                address: string;
                                suspended?: {
                                    reason: string;
                                    /** Format: date-time */
                                    since: string;
                                };
                            }[];
                            /** @default true */
                            active: boolean;
                            /** @default false */
                            fullPassportNumbers: boolean;
                            toConfirm?: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-agencies": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    key: "foreign-affairs" | "provincial-committee" | "police" | "military" | "religious-affairs" | "party-external" | "friendship-union" | "mofa" | "mps" | "leadership" | "office" | "host-unit" | "information-centre";
                    name: string;
                    emails: {
                        /** Format: email */
                        address: string;
                        suspended?: {
                            reason: string;
                            /** Format: date-time */
                            since: string;
                        };
                    }[];
                    /** @default true */
                    active?: boolean;
                    /** @default false */
                    fullPassportNumbers?: boolean;
                    toConfirm?: boolean;
                }[];
            };
        };
        responses: {
            /** @description The saved list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {string} */
                            key: "foreign-affairs" | "provincial-committee" | "police" | "military" | "religious-affairs" | "party-external" | "friendship-union" | "mofa" | "mps" | "leadership" | "office" | "host-unit" | "information-centre";
                            name: string;
                            emails: {
                                /** Format: email */
                                address: string;
                                suspended?: {
                                    reason: string;
                                    /** Format: date-time */
                                    since: string;
                                };
                            }[];
                            /** @default true */
                            active: boolean;
                            /** @default false */
                            fullPassportNumbers: boolean;
                            toConfirm?: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-attachments": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the dossier (at most `limit` records, oldest first; `nextCursor` fetches the next); each available file with a download URL valid for 5 minutes. A visit keeps at most `maxFiles` files. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        maxUploadBytes: number;
                        maxFiles: number;
                        attachments: {
                            id: string;
                            delegationId: string;
                            fileName: string;
                            /** @enum {string} */
                            contentType: "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "image/jpeg" | "image/png";
                            size: number;
                            /** @enum {string} */
                            kind: "partner-letter" | "permit" | "decision" | "signed-document" | "photo" | "passport-scan" | "other";
                            approvalId?: string;
                            note?: string;
                            /** @enum {string} */
                            status: "pending" | "available" | "refused" | "deleted";
                            uploadExpiresAt?: string;
                            version: number;
                            createdAt: string;
                            createdBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            confirmedAt?: string;
                            refusal?: string;
                            deletion?: {
                                reason: string;
                                deletedBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                deletedAt: string;
                            };
                            download?: {
                                url: string;
                                expiresAt: string;
                            };
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "request-attachment-upload": {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per intended change: a retry with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    fileName: string;
                    /** @enum {string} */
                    contentType: "application/pdf" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "image/jpeg" | "image/png";
                    size: number;
                    /** @enum {string} */
                    kind: "partner-letter" | "permit" | "decision" | "signed-document" | "photo" | "passport-scan" | "other";
                    approvalId?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The pending record and a presigned PUT URL (15 minutes) signed for the declared type and length; upload, then confirm. 413 above the size limit (20 MB by default); 422 for an unknown approval id. */
            201: {
                headers: {
                    /** @description Where the new resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachment: components["schemas"]["Attachment"];
                        upload: {
                            /** @constant */
                            method: "PUT";
                            url: string;
                            headers: {
                                [key: string]: string;
                            };
                            expiresAt: string;
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-delegations": {
        parameters: {
            query?: {
                country?: string;
                partnerType?: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                status?: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                topic?: string;
                q?: string;
                from?: string;
                to?: string;
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest arrival first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            receiptNumber?: string;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                                /** @enum {string} */
                                type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                                ngoRegistration?: {
                                    certificateNumber: string;
                                    /** Format: date */
                                    issuedOn?: string;
                                    /** Format: date */
                                    receivedOn?: string;
                                    /** Format: date */
                                    expiresOn: string;
                                    provinces: string[];
                                    fields: string[];
                                };
                            };
                            purpose: string;
                            /** @default [] */
                            topics: string[];
                            visit: {
                                /** Format: date-time */
                                arrival: string;
                                /** Format: date-time */
                                departure: string;
                            };
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                            members: number;
                            head?: string;
                            hostDivision: string;
                        }[];
                        nextCursor?: string;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "register-delegation": {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per intended change: a retry with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    partner: {
                        name: string;
                        nameVi?: string;
                        country: string;
                        /** @enum {string} */
                        type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                        ngoRegistration?: {
                            certificateNumber: string;
                            /** Format: date */
                            issuedOn?: string;
                            /** Format: date */
                            receivedOn?: string;
                            /** Format: date */
                            expiresOn: string;
                            provinces: string[];
                            fields: string[];
                        };
                    };
                    members: {
                        fullName: string;
                        nationality?: string;
                        passportNumber?: string;
                        title?: string;
                        titleVi?: string;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        rank?: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                        /**
                         * @default member
                         * @enum {string}
                         */
                        role?: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                        pressPermitNumber?: string;
                        /** @enum {string} */
                        sex?: "male" | "female";
                        /** Format: date */
                        dateOfBirth?: string;
                        /** Format: date */
                        passportExpiresOn?: string;
                        entry?: {
                            /** @enum {string} */
                            document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                            number?: string;
                            /** Format: date */
                            validUntil?: string;
                            port?: string;
                            /** Format: date */
                            enteredOn?: string;
                        };
                    }[];
                    purpose: string;
                    /** @default [] */
                    topics?: string[];
                    visit: {
                        /** Format: date-time */
                        arrival: string;
                        /** Format: date-time */
                        departure: string;
                    };
                    /** @default [] */
                    itinerary?: {
                        name: string;
                        address?: string;
                        /** @default false */
                        restrictedArea?: boolean;
                        /** @enum {string} */
                        managedBy?: "police" | "military";
                        /** @default false */
                        overnightStay?: boolean;
                    }[];
                    /** @default [] */
                    activities?: {
                        /** @enum {string} */
                        type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                        title?: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: date-time */
                        endsAt?: string;
                        online?: boolean;
                        acrossProvinces?: boolean;
                        venue?: string;
                        organisers?: string[];
                        participants?: {
                            vietnamese: number;
                            foreign: number;
                        };
                        agenda?: string;
                        funding?: {
                            source: string;
                            amountVnd?: number;
                        };
                        mediaCoverage?: boolean;
                        valueVnd?: number;
                    }[];
                    /**
                     * @default working_visit
                     * @enum {string}
                     */
                    protocolLevel?: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                    /**
                     * @default state
                     * @enum {string}
                     */
                    channel?: "party" | "state" | "people";
                    hostDivision: string;
                    /** @default false */
                    giftsPlanned?: boolean;
                    /** @default false */
                    vietnameseSidePays?: boolean;
                    hospitality?: {
                        /** @enum {string} */
                        costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                        /** @default false */
                        banquet?: boolean;
                        interpreting?: {
                            /** @enum {string} */
                            mode: "consecutive" | "simultaneous";
                            hours: number;
                            /** @default 1 */
                            interpreters?: number;
                        };
                        translation?: {
                            /** @default 0 */
                            pagesIntoVietnamese?: number;
                            /** @default 0 */
                            pagesFromVietnamese?: number;
                        };
                        specialGifts?: {
                            recipients: number;
                            reason: string;
                        };
                    };
                    contact: {
                        name: string;
                        /** Format: email */
                        email: string;
                        phone?: string;
                    };
                    sourceLetter?: {
                        number: string;
                        /** Format: date */
                        date: string;
                        /** Format: date */
                        receivedOn?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The stored delegation (ETag = its revision) */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    /** @description Where the new resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            emails: string[];
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-divisions": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    emails: string[];
                    /** @default true */
                    active?: boolean;
                }[];
            };
        };
        responses: {
            /** @description The saved list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            emails: string[];
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-meetings": {
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
            /** @description Meetings in order, each with its secrecy findings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        meetings: {
                            title: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                            roomId: string;
                            officialIds: string[];
                            confidential: boolean;
                            /** @enum {string} */
                            secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                            id: string;
                            delegationId: string;
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            version: number;
                            sequence: number;
                            holdId?: string;
                            secrecyApproval?: {
                                reference: string;
                                approvedBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                approvedAt: string;
                            };
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            createdBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            findings: ({
                                ruleId: string;
                                key?: string;
                                /** @enum {string} */
                                severity: "blocking" | "approval_required" | "action_required" | "info";
                                title: {
                                    vi: string;
                                    en: string;
                                };
                                summary?: string;
                                message: string;
                                citation: string;
                                /** Format: date */
                                dueDate?: string;
                                overdue?: boolean;
                                agencies: string[];
                                approvals: ({
                                    authority: string;
                                    kind?: string;
                                    what: string;
                                    /** Format: date */
                                    dueDate?: string;
                                    /** Format: date */
                                    neededBy?: string;
                                    recorded?: {
                                        id: string;
                                        documentNumber: string;
                                        /** Format: date */
                                        documentDate: string;
                                        issuingBody: string;
                                    } & {
                                        [key: string]: unknown;
                                    };
                                } & {
                                    [key: string]: unknown;
                                })[];
                            } & {
                                [key: string]: unknown;
                            })[];
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "schedule-meeting": {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per intended change: a retry with it returns the first answer */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** Format: date-time */
                    start: string;
                    /** Format: date-time */
                    end: string;
                    roomId: string;
                    /** @default [] */
                    officialIds?: string[];
                    /** @default false */
                    confidential?: boolean;
                    /** @enum {string} */
                    secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                };
            };
        };
        responses: {
            /** @description The meeting (ETag = its version), with STATE_SECRETS findings when confidential */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    /** @description Where the new resource is read */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date-time */
                        start: string;
                        /** Format: date-time */
                        end: string;
                        roomId: string;
                        officialIds: string[];
                        confidential: boolean;
                        /** @enum {string} */
                        secrecyLevel?: "mat" | "toi_mat" | "tuyet_mat";
                        id: string;
                        delegationId: string;
                        /** @enum {string} */
                        status: "scheduled" | "cancelled";
                        version: number;
                        sequence: number;
                        holdId?: string;
                        secrecyApproval?: {
                            reference: string;
                            approvedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            approvedAt: string;
                        };
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        findings: ({
                            ruleId: string;
                            key?: string;
                            /** @enum {string} */
                            severity: "blocking" | "approval_required" | "action_required" | "info";
                            title: {
                                vi: string;
                                en: string;
                            };
                            summary?: string;
                            message: string;
                            citation: string;
                            /** Format: date */
                            dueDate?: string;
                            overdue?: boolean;
                            agencies: string[];
                            approvals: ({
                                authority: string;
                                kind?: string;
                                what: string;
                                /** Format: date */
                                dueDate?: string;
                                /** Format: date */
                                neededBy?: string;
                                recorded?: {
                                    id: string;
                                    documentNumber: string;
                                    /** Format: date */
                                    documentDate: string;
                                    issuingBody: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            } & {
                                [key: string]: unknown;
                            })[];
                        } & {
                            [key: string]: unknown;
                        })[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-notifications": {
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
            /** @description Recipient, addresses, event, status, SES message id, time */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        delegationId: string;
                        notifications: {
                            delegationId: string;
                            eventId: string;
                            eventName: string;
                            recipient: string;
                            recipientName: string;
                            addresses: string[];
                            /** @enum {string} */
                            status: "sending" | "sent" | "failed" | "suppressed" | "retry" | "unconfirmed" | "bounced";
                            reason?: string;
                            messageId?: string;
                            contentHash?: string;
                            attempts: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            honorific?: "Ông" | "Bà";
                            fullName: string;
                            title: string;
                            /** @enum {string} */
                            position?: "director" | "acting_director" | "deputy_director" | "chief_of_office" | "deputy_chief_of_office" | "division_head" | "deputy_division_head" | "staff";
                            unit: string;
                            /** Format: email */
                            email?: string;
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-officials": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    /** @enum {string} */
                    honorific?: "Ông" | "Bà";
                    fullName: string;
                    title: string;
                    /** @enum {string} */
                    position?: "director" | "acting_director" | "deputy_director" | "chief_of_office" | "deputy_chief_of_office" | "division_head" | "deputy_division_head" | "staff";
                    unit: string;
                    /** Format: email */
                    email?: string;
                    /** @default true */
                    active?: boolean;
                }[];
            };
        };
        responses: {
            /** @description The saved list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @enum {string} */
                            honorific?: "Ông" | "Bà";
                            fullName: string;
                            title: string;
                            /** @enum {string} */
                            position?: "director" | "acting_director" | "deputy_director" | "chief_of_office" | "deputy_chief_of_office" | "division_head" | "deputy_division_head" | "staff";
                            unit: string;
                            /** Format: email */
                            email?: string;
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-pending-decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each waiting visit with the revision to decide on (If-Match) and its reasons */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            receiptNumber?: string;
                            /** @enum {string} */
                            status: "approval_required" | "blocked";
                            revision: number;
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                                /** @enum {string} */
                                type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                                ngoRegistration?: {
                                    certificateNumber: string;
                                    /** Format: date */
                                    issuedOn?: string;
                                    /** Format: date */
                                    receivedOn?: string;
                                    /** Format: date */
                                    expiresOn: string;
                                    provinces: string[];
                                    fields: string[];
                                };
                            };
                            visit: {
                                /** Format: date-time */
                                arrival: string;
                                /** Format: date-time */
                                departure: string;
                            };
                            purpose: string;
                            waitingSince: string;
                            reasons: {
                                ruleId: string;
                                /** @enum {string} */
                                severity: "approval_required" | "blocking";
                                message: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-rooms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            location?: string;
                            capacity?: number;
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-rooms": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    id: string;
                    name: string;
                    location?: string;
                    capacity?: number;
                    /** @default true */
                    active?: boolean;
                }[];
            };
        };
        responses: {
            /** @description The saved list (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            name: string;
                            location?: string;
                            capacity?: number;
                            /** @default true */
                            active: boolean;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "list-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rules, profile and holiday calendar */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        profile: {
                            id: string;
                            version: string;
                            name: string;
                            province: string;
                        };
                        rules: {
                            id: string;
                            title: {
                                vi: string;
                                en: string;
                            };
                            citation: string;
                            verified: boolean;
                            inForce: {
                                /** Format: date */
                                from: string;
                            } & {
                                [key: string]: unknown;
                            };
                            versions: ({
                                /** Format: date */
                                from: string;
                                citation: string;
                            } & {
                                [key: string]: unknown;
                            })[];
                            parameters: {
                                [key: string]: unknown;
                            };
                        }[];
                        holidayCalendar: {
                            year: number;
                            version: number;
                            official: boolean;
                            source: string;
                            daysOff: string[];
                            makeUpWorkingDays: string[];
                        }[];
                    };
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "record-approval": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                    /** @enum {string} */
                    authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                    subject?: string;
                    documentNumber: string;
                    /** Format: date */
                    documentDate: string;
                    issuingBody: string;
                    /** Format: date */
                    validUntil?: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The record and the delegation (ETag = its new revision) */
            201: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        approval: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        };
                        delegation: {
                            partner: {
                                name: string;
                                nameVi?: string;
                                country: string;
                                /** @enum {string} */
                                type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                                ngoRegistration?: {
                                    certificateNumber: string;
                                    /** Format: date */
                                    issuedOn?: string;
                                    /** Format: date */
                                    receivedOn?: string;
                                    /** Format: date */
                                    expiresOn: string;
                                    provinces: string[];
                                    fields: string[];
                                };
                            };
                            members: {
                                fullName: string;
                                nationality?: string;
                                passportNumber?: string;
                                title?: string;
                                titleVi?: string;
                                /**
                                 * @default other
                                 * @enum {string}
                                 */
                                rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                                /**
                                 * @default member
                                 * @enum {string}
                                 */
                                role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                                pressPermitNumber?: string;
                                /** @enum {string} */
                                sex?: "male" | "female";
                                /** Format: date */
                                dateOfBirth?: string;
                                /** Format: date */
                                passportExpiresOn?: string;
                                entry?: {
                                    /** @enum {string} */
                                    document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                    number?: string;
                                    /** Format: date */
                                    validUntil?: string;
                                    port?: string;
                                    /** Format: date */
                                    enteredOn?: string;
                                };
                            }[];
                            purpose: string;
                            /** @default [] */
                            topics: string[];
                            visit: {
                                /** Format: date-time */
                                arrival: string;
                                /** Format: date-time */
                                departure: string;
                            };
                            /** @default [] */
                            itinerary: {
                                name: string;
                                address?: string;
                                /** @default false */
                                restrictedArea: boolean;
                                /** @enum {string} */
                                managedBy?: "police" | "military";
                                /** @default false */
                                overnightStay: boolean;
                            }[];
                            /** @default [] */
                            activities: {
                                /** @enum {string} */
                                type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                                title?: string;
                                /** Format: date-time */
                                startsAt?: string;
                                /** Format: date-time */
                                endsAt?: string;
                                online?: boolean;
                                acrossProvinces?: boolean;
                                venue?: string;
                                organisers?: string[];
                                participants?: {
                                    vietnamese: number;
                                    foreign: number;
                                };
                                agenda?: string;
                                funding?: {
                                    source: string;
                                    amountVnd?: number;
                                };
                                mediaCoverage?: boolean;
                                valueVnd?: number;
                            }[];
                            /**
                             * @default working_visit
                             * @enum {string}
                             */
                            protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                            /**
                             * @default state
                             * @enum {string}
                             */
                            channel: "party" | "state" | "people";
                            hostDivision: string;
                            /** @default false */
                            giftsPlanned: boolean;
                            /** @default false */
                            vietnameseSidePays: boolean;
                            hospitality?: {
                                /** @enum {string} */
                                costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                                /** @default false */
                                banquet: boolean;
                                interpreting?: {
                                    /** @enum {string} */
                                    mode: "consecutive" | "simultaneous";
                                    hours: number;
                                    /** @default 1 */
                                    interpreters: number;
                                };
                                translation?: {
                                    /** @default 0 */
                                    pagesIntoVietnamese: number;
                                    /** @default 0 */
                                    pagesFromVietnamese: number;
                                };
                                specialGifts?: {
                                    recipients: number;
                                    reason: string;
                                };
                            };
                            contact: {
                                name: string;
                                /** Format: email */
                                email: string;
                                phone?: string;
                            };
                            sourceLetter?: {
                                number: string;
                                /** Format: date */
                                date: string;
                                /** Format: date */
                                receivedOn?: string;
                            };
                            id: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            version: number;
                            /** @default 1 */
                            revision: number;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            createdBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            receiptNumber?: string;
                            compliance?: {
                                reportVersion: number;
                                outcome: string;
                                /** Format: date-time */
                                checkedAt: string;
                                openPermissions?: number;
                                sensitive?: boolean;
                                calendarVersions?: {
                                    [key: string]: number;
                                };
                            };
                            decision?: {
                                /** @enum {string} */
                                decision: "approve" | "reject";
                                note?: string;
                                decidedBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                decidedAt: string;
                            };
                            cancellation?: {
                                reason: string;
                                cancelledBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                cancelledAt: string;
                            };
                            /** @default [] */
                            approvals: {
                                /** @enum {string} */
                                kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                                /** @enum {string} */
                                authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                                subject?: string;
                                documentNumber: string;
                                /** Format: date */
                                documentDate: string;
                                issuingBody: string;
                                /** Format: date */
                                validUntil?: string;
                                note?: string;
                                id: string;
                                recordedBy: {
                                    sub: string;
                                    username?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            visitReport?: {
                                summary: string;
                                /** @default [] */
                                outcomes: string[];
                                /** @default [] */
                                agreementsSigned: string[];
                                /** @default [] */
                                followUpActions: {
                                    action: string;
                                    owner: string;
                                    /** Format: date */
                                    dueDate?: string;
                                }[];
                                submittedBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                submittedAt: string;
                            };
                            /** Format: date-time */
                            personalDataErasedAt?: string;
                            tasksDone?: {
                                key: string;
                                title: string;
                                note?: string;
                                attachmentId?: string;
                                approvalId?: string;
                                doneBy: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                doneAt: string;
                            }[];
                            news?: {
                                vi: {
                                    title: string;
                                    lead: string;
                                    body: string[];
                                };
                                en: {
                                    title: string;
                                    lead: string;
                                    body: string[];
                                    needsReview: boolean;
                                };
                                /** @enum {string} */
                                status: "draft" | "submitted" | "approved" | "returned" | "published";
                                version: number;
                                /** @default [] */
                                photos: {
                                    attachmentId: string;
                                    caption: string;
                                }[];
                                edited: {
                                    by: {
                                        sub: string;
                                        username?: string;
                                        name?: string;
                                        roles: string[];
                                    };
                                    /** Format: date-time */
                                    at: string;
                                };
                                submitted?: {
                                    by: {
                                        sub: string;
                                        username?: string;
                                        name?: string;
                                        roles: string[];
                                    };
                                    /** Format: date-time */
                                    at: string;
                                };
                                decided?: {
                                    by: {
                                        sub: string;
                                        username?: string;
                                        name?: string;
                                        roles: string[];
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    note?: string;
                                };
                                published?: {
                                    by: {
                                        sub: string;
                                        username?: string;
                                        name?: string;
                                        roles: string[];
                                    };
                                    /** Format: date-time */
                                    at: string;
                                    /** Format: uri */
                                    url: string;
                                };
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "preview-holiday-change": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    official: boolean;
                    notice: string;
                    daysOff: string[];
                    makeUpWorkingDays: string[];
                };
            };
        };
        responses: {
            /** @description The changed days, how many visits would be checked again, and meetings on new days off */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        changedDays: string[];
                        visitsToRecheck: number;
                        meetingsOnNewDaysOff: {
                            delegationId: string;
                            meetingId: string;
                            title: string;
                            start: string;
                        }[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "replace-holidays": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    official: boolean;
                    notice: string;
                    daysOff: string[];
                    makeUpWorkingDays: string[];
                };
            };
        };
        responses: {
            /** @description The saved year (ETag = its version) */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        year: number;
                        version: number;
                        official: boolean;
                        source: string;
                        daysOff: string[];
                        makeUpWorkingDays: string[];
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "report-summary": {
        parameters: {
            query: {
                from: string;
                to: string;
                format?: "json" | "csv" | "xlsx";
                groupBy?: "country" | "partnerType" | "month" | "quarter";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary (counts by check outcome and by lifecycle status), or a file download for csv and xlsx (xlsx: a second sheet lists the visits) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        /** @enum {string} */
                        groupBy: "country" | "partnerType" | "month" | "quarter";
                        rows: {
                            group: string;
                            label: string;
                            delegations: number;
                            members: number;
                            meetings: number;
                            cleared: number;
                            awaitingPermits: number;
                            approvalRequired: number;
                            blocked: number;
                            awaitingDecision: number;
                            approved: number;
                            rejected: number;
                            cancelled: number;
                            completed: number;
                            reported: number;
                            overdueReports: number;
                        }[];
                        totals: {
                            group: string;
                            label: string;
                            delegations: number;
                            members: number;
                            meetings: number;
                            cleared: number;
                            awaitingPermits: number;
                            approvalRequired: number;
                            blocked: number;
                            awaitingDecision: number;
                            approved: number;
                            rejected: number;
                            cancelled: number;
                            completed: number;
                            reported: number;
                            overdueReports: number;
                        };
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "report-visits": {
        parameters: {
            query: {
                from: string;
                to: string;
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per visit: partner (Vietnamese and original name), country, members, head and title, dates, purpose, host division, status, results and agreements signed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date */
                        from: string;
                        /** Format: date */
                        to: string;
                        items: {
                            id: string;
                            partnerNameVi?: string;
                            partnerName: string;
                            country: string;
                            countryName: string;
                            partnerType: string;
                            members: number;
                            head?: {
                                fullName: string;
                                title?: string;
                            };
                            /** Format: date */
                            arrival: string;
                            /** Format: date */
                            departure: string;
                            purpose: string;
                            hostDivision: string;
                            /** @enum {string} */
                            status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                            statusVi: string;
                            results?: string;
                            agreementsSigned: string[];
                        }[];
                    };
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    "submit-visit-report": {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag of the version the change was made on, e.g. "3" */
                "If-Match": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    summary: string;
                    /** @default [] */
                    outcomes?: string[];
                    /** @default [] */
                    agreementsSigned?: string[];
                    /** @default [] */
                    followUpActions?: {
                        action: string;
                        owner: string;
                        /** Format: date */
                        dueDate?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description The delegation, now reported */
            200: {
                headers: {
                    /** @description The version, for If-Match */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        partner: {
                            name: string;
                            nameVi?: string;
                            country: string;
                            /** @enum {string} */
                            type: "diplomatic_mission" | "foreign_government" | "international_organisation" | "foreign_ngo" | "foreign_business" | "academic_institution" | "press" | "religious_organisation" | "overseas_vietnamese_individual" | "overseas_vietnamese_association" | "other";
                            ngoRegistration?: {
                                certificateNumber: string;
                                /** Format: date */
                                issuedOn?: string;
                                /** Format: date */
                                receivedOn?: string;
                                /** Format: date */
                                expiresOn: string;
                                provinces: string[];
                                fields: string[];
                            };
                        };
                        members: {
                            fullName: string;
                            nationality?: string;
                            passportNumber?: string;
                            title?: string;
                            titleVi?: string;
                            /**
                             * @default other
                             * @enum {string}
                             */
                            rank: "head_of_state" | "head_of_government" | "parliament_speaker" | "vice_president" | "parliament_vice_chair" | "deputy_prime_minister" | "foreign_minister" | "minister" | "deputy_minister" | "head_of_international_organisation" | "ambassador" | "provincial_leader" | "department_leader" | "staff" | "other" | "un_secretary_general" | "heir_to_throne" | "head_of_major_international_organisation" | "deputy_head_of_intergovernmental_organisation" | "royal_family_member" | "head_of_asean_body";
                            /**
                             * @default member
                             * @enum {string}
                             */
                            role: "head" | "member" | "journalist" | "interpreter" | "security" | "other";
                            pressPermitNumber?: string;
                            /** @enum {string} */
                            sex?: "male" | "female";
                            /** Format: date */
                            dateOfBirth?: string;
                            /** Format: date */
                            passportExpiresOn?: string;
                            entry?: {
                                /** @enum {string} */
                                document: "visa" | "e_visa" | "visa_exemption" | "temporary_residence_card";
                                number?: string;
                                /** Format: date */
                                validUntil?: string;
                                port?: string;
                                /** Format: date */
                                enteredOn?: string;
                            };
                        }[];
                        purpose: string;
                        /** @default [] */
                        topics: string[];
                        visit: {
                            /** Format: date-time */
                            arrival: string;
                            /** Format: date-time */
                            departure: string;
                        };
                        /** @default [] */
                        itinerary: {
                            name: string;
                            address?: string;
                            /** @default false */
                            restrictedArea: boolean;
                            /** @enum {string} */
                            managedBy?: "police" | "military";
                            /** @default false */
                            overnightStay: boolean;
                        }[];
                        /** @default [] */
                        activities: {
                            /** @enum {string} */
                            type: "conference" | "press_conference" | "religious_activity" | "reception_by_provincial_leaders" | "agreement_signing" | "aid_offer" | "business_matching" | "promotion_exhibition" | "technology_demonstration";
                            title?: string;
                            /** Format: date-time */
                            startsAt?: string;
                            /** Format: date-time */
                            endsAt?: string;
                            online?: boolean;
                            acrossProvinces?: boolean;
                            venue?: string;
                            organisers?: string[];
                            participants?: {
                                vietnamese: number;
                                foreign: number;
                            };
                            agenda?: string;
                            funding?: {
                                source: string;
                                amountVnd?: number;
                            };
                            mediaCoverage?: boolean;
                            valueVnd?: number;
                        }[];
                        /**
                         * @default working_visit
                         * @enum {string}
                         */
                        protocolLevel: "state_visit" | "official_visit" | "working_visit" | "private_visit";
                        /**
                         * @default state
                         * @enum {string}
                         */
                        channel: "party" | "state" | "people";
                        hostDivision: string;
                        /** @default false */
                        giftsPlanned: boolean;
                        /** @default false */
                        vietnameseSidePays: boolean;
                        hospitality?: {
                            /** @enum {string} */
                            costSharing: "department_pays" | "guests_pay_meals_rooms" | "guests_pay_all";
                            /** @default false */
                            banquet: boolean;
                            interpreting?: {
                                /** @enum {string} */
                                mode: "consecutive" | "simultaneous";
                                hours: number;
                                /** @default 1 */
                                interpreters: number;
                            };
                            translation?: {
                                /** @default 0 */
                                pagesIntoVietnamese: number;
                                /** @default 0 */
                                pagesFromVietnamese: number;
                            };
                            specialGifts?: {
                                recipients: number;
                                reason: string;
                            };
                        };
                        contact: {
                            name: string;
                            /** Format: email */
                            email: string;
                            phone?: string;
                        };
                        sourceLetter?: {
                            number: string;
                            /** Format: date */
                            date: string;
                            /** Format: date */
                            receivedOn?: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "registered" | "under_review" | "cleared" | "approval_required" | "blocked" | "approved" | "rejected" | "scheduled" | "in_progress" | "completed" | "reported" | "cancelled";
                        version: number;
                        /** @default 1 */
                        revision: number;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: date-time */
                        updatedAt: string;
                        createdBy: {
                            sub: string;
                            username?: string;
                            name?: string;
                            roles: string[];
                        };
                        receiptNumber?: string;
                        compliance?: {
                            reportVersion: number;
                            outcome: string;
                            /** Format: date-time */
                            checkedAt: string;
                            openPermissions?: number;
                            sensitive?: boolean;
                            calendarVersions?: {
                                [key: string]: number;
                            };
                        };
                        decision?: {
                            /** @enum {string} */
                            decision: "approve" | "reject";
                            note?: string;
                            decidedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            decidedAt: string;
                        };
                        cancellation?: {
                            reason: string;
                            cancelledBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            cancelledAt: string;
                        };
                        /** @default [] */
                        approvals: {
                            /** @enum {string} */
                            kind: "conference-permission" | "restricted-area-permit" | "press-permit" | "religious-acceptance" | "content-approval" | "secrets-approval" | "agreement-permission" | "aid-approval";
                            /** @enum {string} */
                            authority: "prime-minister" | "provincial-committee" | "police" | "military" | "mofa" | "religious-affairs" | "central-religious-affairs" | "competent-person";
                            subject?: string;
                            documentNumber: string;
                            /** Format: date */
                            documentDate: string;
                            issuingBody: string;
                            /** Format: date */
                            validUntil?: string;
                            note?: string;
                            id: string;
                            recordedBy: {
                                sub: string;
                                username?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            recordedAt: string;
                        }[];
                        visitReport?: {
                            summary: string;
                            /** @default [] */
                            outcomes: string[];
                            /** @default [] */
                            agreementsSigned: string[];
                            /** @default [] */
                            followUpActions: {
                                action: string;
                                owner: string;
                                /** Format: date */
                                dueDate?: string;
                            }[];
                            submittedBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            submittedAt: string;
                        };
                        /** Format: date-time */
                        personalDataErasedAt?: string;
                        tasksDone?: {
                            key: string;
                            title: string;
                            note?: string;
                            attachmentId?: string;
                            approvalId?: string;
                            doneBy: {
                                sub: string;
                                username?: string;
                                name?: string;
                                roles: string[];
                            };
                            /** Format: date-time */
                            doneAt: string;
                        }[];
                        news?: {
                            vi: {
                                title: string;
                                lead: string;
                                body: string[];
                            };
                            en: {
                                title: string;
                                lead: string;
                                body: string[];
                                needsReview: boolean;
                            };
                            /** @enum {string} */
                            status: "draft" | "submitted" | "approved" | "returned" | "published";
                            version: number;
                            /** @default [] */
                            photos: {
                                attachmentId: string;
                                caption: string;
                            }[];
                            edited: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            submitted?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                            };
                            decided?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                note?: string;
                            };
                            published?: {
                                by: {
                                    sub: string;
                                    username?: string;
                                    name?: string;
                                    roles: string[];
                                };
                                /** Format: date-time */
                                at: string;
                                /** Format: uri */
                                url: string;
                            };
                        };
                    };
                };
            };
            /** @description Malformed JSON, invalid fields (details.issues), a foreign cursor */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Missing, expired or invalid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unknown delegation or meeting */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Conflict: a booked slot, a forbidden status change, a key still in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match names an older version */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body over 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Well-formed but impossible (a meeting outside working hours, a reused key) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match is required */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An unexpected failure, logged with the correlation id; retry as for 503 */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description An AWS service failed; retry (with the same Idempotency-Key where the route takes one) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
