namespace Steward.Data.Demo;

/// <summary>
/// Seeds for the demo data that are the same in every process and on every machine (unlike
/// <see cref="HashCode"/>, which is randomised per process): SplitMix64 over the seed, a number and a salt.
/// </summary>
internal static class DemoRandom
{
    public static Random For(int seed, int number, int salt)
    {
        var x = unchecked(((ulong)(uint)seed << 32) ^ (uint)number ^ ((ulong)(uint)salt * 0x9E3779B97F4A7C15UL));
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        x ^= x >> 31;
        return new Random(unchecked((int)x ^ (int)(x >> 32)));
    }
}
