use minicbor::Encode;

/// The word index chunks in `pagefind/index/`

/// A single word index chunk: `pagefind/index/*.pf_index`
#[derive(Encode)]
pub struct WordIndex {
    #[n(0)]
    pub words: Vec<PackedWord>,
}

/// A single word as an inverse index of all locations on the site
#[derive(Encode, Clone, Debug)]
pub struct PackedWord {
    #[n(0)]
    pub word: String,
    #[n(1)]
    pub pages: Vec<PackedPage>,
    #[n(2)]
    pub additional_variants: Vec<PackedVariant>,
}

/// A variant of a word with different diacritics (e.g., "café" vs "cafe")
#[derive(Encode, Clone, Debug)]
pub struct PackedVariant {
    #[n(0)]
    pub form: String,
    #[n(1)]
    pub pages: Vec<PackedPage>,
}

/// A set of locations on a given page
// savoirs: encoded by hand (below), to the bytes `derive(Encode)` gave.
#[derive(Clone, Debug)]
pub struct PackedPage {
    pub page_number: usize, // Won't exceed u32 but saves us some into()s
    pub locs: Vec<i32>,
    pub meta_locs: Vec<i32>,
}

/// savoirs: the locations are most of the word index's bytes, and minicbor writes each number
/// with one to three calls to its writer; here a list of locations is put together in a buffer
/// and written at once. Same bytes as the derived encoding: an array of the page number and
/// the two lists, each number in its shortest form (a test compares them).
impl<C> Encode<C> for PackedPage {
    fn encode<W: minicbor::encode::Write>(
        &self,
        e: &mut minicbor::Encoder<W>,
        _ctx: &mut C,
    ) -> Result<(), minicbor::encode::Error<W::Error>> {
        let mut buf = Vec::with_capacity(12 + 5 * (self.locs.len() + self.meta_locs.len()));
        head(&mut buf, ARRAY, 3);
        head(&mut buf, UNSIGNED, self.page_number as u64);
        for list in [&self.locs, &self.meta_locs] {
            head(&mut buf, ARRAY, list.len() as u64);
            for &n in list.iter() {
                match u64::try_from(n) {
                    Ok(n) => head(&mut buf, UNSIGNED, n),
                    Err(_) => head(&mut buf, NEGATIVE, (-1 - i64::from(n)) as u64),
                }
            }
        }
        e.writer_mut()
            .write_all(&buf)
            .map_err(minicbor::encode::Error::write)
    }
}

const UNSIGNED: u8 = 0x00;
const NEGATIVE: u8 = 0x20;
const ARRAY: u8 = 0x80;

/// A CBOR head: the major type and a number in its shortest form.
fn head(buf: &mut Vec<u8>, major: u8, n: u64) {
    match n {
        0..=0x17 => buf.push(major | n as u8),
        0x18..=0xff => buf.extend_from_slice(&[major | 24, n as u8]),
        0x100..=0xffff => {
            buf.push(major | 25);
            buf.extend_from_slice(&(n as u16).to_be_bytes());
        }
        0x1_0000..=0xffff_ffff => {
            buf.push(major | 26);
            buf.extend_from_slice(&(n as u32).to_be_bytes());
        }
        _ => {
            buf.push(major | 27);
            buf.extend_from_slice(&n.to_be_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `PackedPage` as Pagefind declared it.
    #[derive(Encode)]
    struct Derived {
        #[n(0)]
        page_number: usize,
        #[n(1)]
        locs: Vec<i32>,
        #[n(2)]
        meta_locs: Vec<i32>,
    }

    #[test]
    fn pages_encode_as_the_derived_encoding_did() {
        let edges = [
            0, 1, 23, 24, 255, 256, 65535, 65536, -1, -24, -25, -256, -257, -65536, -65537,
            i32::MAX, i32::MIN,
        ];
        let mut state = 7u64;
        let mut next = move || {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            state >> 20
        };
        for round in 0..2000usize {
            let mut list = |len: u64| -> Vec<i32> {
                (0..next() % len)
                    .map(|_| match next() % 3 {
                        0 => edges[(next() % edges.len() as u64) as usize],
                        1 => (next() % 300) as i32 - 150,
                        _ => (next() % (1 << 31)) as i32 * if next() % 2 == 0 { 1 } else { -1 },
                    })
                    .collect()
            };
            let (locs, meta_locs) = (list(40), list(30 - round as u64 % 30 + 1));
            let page_number = [0, 23, 24, 70_000, 5_000_000_000][round % 5] + round;
            let ours = minicbor::to_vec(PackedPage {
                page_number,
                locs: locs.clone(),
                meta_locs: meta_locs.clone(),
            })
            .unwrap();
            let derived = minicbor::to_vec(Derived {
                page_number,
                locs,
                meta_locs,
            })
            .unwrap();
            assert_eq!(ours, derived, "round {round}");
        }
    }
}
