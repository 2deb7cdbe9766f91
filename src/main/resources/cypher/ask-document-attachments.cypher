// The attachments a document lists (「附件：1. …（略）」), as written, in their order; one row each.
MATCH (d:Document {key: $key})
UNWIND coalesce(d.attachments, []) AS attachment
RETURN attachment
