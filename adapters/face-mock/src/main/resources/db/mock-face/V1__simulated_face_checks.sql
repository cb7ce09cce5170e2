-- The SIMULATED face-check service: the checks it opened and the answers the demo gave for the camera (never an
-- image, nothing about a face), and the failure the demo switched on. Tables of their own with a migration history of
-- their own (flyway_history_mock_face), beside the store's tables but never joined to them. Plain SQL that H2 and
-- PostgreSQL both run.

CREATE TABLE mock_face_checks (
    reference  VARCHAR(64)                 NOT NULL,
    subject    VARCHAR(64)                 NOT NULL,
    return_to  VARCHAR(2000)               NOT NULL,
    answer     VARCHAR(24)                 NOT NULL,
    opened_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT mock_face_checks_pk PRIMARY KEY (reference),
    CONSTRAINT mock_face_checks_answer_known
        CHECK (answer IN ('WAITING', 'IT_IS_ME', 'NOT_ME', 'CAMERA_UNAVAILABLE'))
);

-- Old checks are forgotten by their age.
CREATE INDEX mock_face_checks_by_age ON mock_face_checks (opened_at);

-- At most one row: the failure switched on; none means the service works.
CREATE TABLE mock_face_fault (
    fault  VARCHAR(24) NOT NULL,
    CONSTRAINT mock_face_fault_known CHECK (fault IN ('NONE', 'SERVICE_DOWN', 'OUTCOME_LOST'))
);
