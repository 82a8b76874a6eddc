//! The fuzzer's seeded random numbers: SplitMix64, one fresh generator per iteration.

/// A SplitMix64 generator: tiny, fast, and good enough to drive mutations.
pub struct Rng(u64);

impl Rng {
    /// The generator of one iteration of a run: the same (seed, iteration) gives the same input,
    /// whatever came before it.
    pub fn for_iteration(seed: u64, iteration: u64) -> Rng {
        let mut rng = Rng(seed ^ iteration.wrapping_mul(0xA076_1D64_78BD_642F));
        rng.next_u64();
        rng
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next_u64() % n as u64) as usize
        }
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True once in `n` times.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    /// One item of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One word of a non-empty list.
    pub fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    /// A size that is usually small and sometimes large: 0..=8 seven times in ten, else
    /// log-uniform up to `max` (as likely 10..20 as 10 000..20 000), so that huge inputs come
    /// up without making most iterations slow. Debug builds go up to a tenth of `max` (see
    /// [`huge`]).
    pub fn size(&mut self, max: usize) -> usize {
        let max = huge(max);
        if max <= 8 || self.below(10) < 7 {
            return self.below(max.min(8) + 1);
        }
        let bits = usize::BITS - max.leading_zeros();
        let top = 1usize << self.below(bits as usize + 1).min(usize::BITS as usize - 1);
        self.between(top / 2, top).min(max)
    }

    /// `n` random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next_u64() as u8).collect()
    }
}

/// How far "huge" goes: all the way in release builds (the long runs), a tenth of it in debug
/// builds, where the library is 10 to 50 times slower and `cargo test` must stay quick.
pub fn huge(n: usize) -> usize {
    if cfg!(debug_assertions) {
        (n / 10).max(8.min(n))
    } else {
        n
    }
}
