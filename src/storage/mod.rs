//! Files on disk: the RON draft format.

pub mod draft;
