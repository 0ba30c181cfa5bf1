//! `savoirs serve`: the preview over HTTP (in-process, on a free port of 127.0.0.1) and the
//! incremental rebuilds behind it, which must give the bytes of a cold build.

mod http;
mod incremental;
mod quick;
mod random;
mod search;
