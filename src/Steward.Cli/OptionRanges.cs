using System.CommandLine;
using System.Globalization;
using System.Numerics;

namespace Steward.Cli;

/// <summary>
/// Bounds on numeric options, checked while the command line is parsed, so that a value out of range is a usage
/// error (exit 2, naming the option and the value) before anything runs. A value that is not a number at all is
/// left to the parser, which says so.
/// </summary>
internal static class OptionRanges
{
    public static Option<T> Within<T>(this Option<T> option, T min, T max)
        where T : struct, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 0 || !T.TryParse(result.Tokens[^1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return;
            }

            if (T.IsNaN(value) || value < min || value > max)
            {
                result.AddError($"{option.Name} must be a number from {min.ToString(null, CultureInfo.InvariantCulture)} to " +
                                $"{max.ToString(null, CultureInfo.InvariantCulture)}, not {result.Tokens[^1].Value}.");
            }
        });
        return option;
    }
}
