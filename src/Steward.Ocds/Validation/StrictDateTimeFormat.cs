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
    /// <summary>
    /// The format name the schema's <c>date-time</c> is renamed to before it is loaded, so that this validator, not
    /// NJsonSchema's lenient built-in one, checks it.
    /// </summary>
    public const string FormatName = "ocds-date-time";

    public string Format => FormatName;

    public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.DateTimeExpected;

    public bool IsValid(string value, JTokenType tokenType) => IsDateTime(value);

    /// <summary>Renames every <c>"format": "date-time"</c> in a schema to <see cref="FormatName"/>, in place.</summary>
    public static void Adopt(System.Text.Json.Nodes.JsonNode? schema)
    {
        switch (schema)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (name == "format" && child?.GetValueKind() == System.Text.Json.JsonValueKind.String && child.ToString() == "date-time")
                    {
                        obj[name] = FormatName;
                    }
                    else
                    {
                        Adopt(child);
                    }
                }

                break;
            case System.Text.Json.Nodes.JsonArray array:
                foreach (var item in array)
                {
                    Adopt(item);
                }

                break;
            default:
                break;
        }
    }

    /// <summary>True for an RFC 3339 date-time that names a real day and time.</summary>
    public static bool IsDateTime(string? value) =>
        value is not null && Rfc3339().IsMatch(value) &&
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
