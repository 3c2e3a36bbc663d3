using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace Steward.Ocds.Validation;

/// <summary>
/// The JSON Schema <c>date-time</c> format as RFC 3339 defines it and the OCDS Data Review Tool asserts it: a
/// full date, a time and an offset (<c>2024-01-31T09:00:00Z</c>, <c>2024-01-31T09:00:00.5+01:00</c>). A bare date
/// such as <c>2024-01-31</c>, which some UK notices publish, is not a date-time.
/// </summary>
internal sealed partial class StrictDateTimeFormat : IFormatValidator
{
    public string Format => "date-time";

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) => IsDateTime(value);

    /// <summary>True for an RFC 3339 date-time that names a real day and time.</summary>
    public static bool IsDateTime(string? value) =>
        value is not null && Rfc3339().IsMatch(value) &&
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
