using System.Globalization;
using System.Text.Json;

namespace Steward.Core.Processes;

/// <summary>Lenient reads of OCDS values: a missing or wrongly typed field is null, never an exception.</summary>
internal static class JsonValues
{
    public static JsonElement Field(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : default;

    public static string? Text(this JsonElement element, string name) => AsText(element.Field(name));

    public static string? AsText(this JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } text ? text : null,
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    public static decimal? Decimal(this JsonElement element, string name)
    {
        var value = element.Field(name);
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }

    public static int? Integer(this JsonElement element, string name) =>
        element.Decimal(name) is { } number && number == decimal.Truncate(number) && number is >= 0 and <= int.MaxValue ? (int)number : null;

    public static bool? Boolean(this JsonElement element, string name) => element.Field(name).ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static DateTimeOffset? Date(this JsonElement element, string name) =>
        element.Text(name) is { } text &&
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    public static IEnumerable<JsonElement> Items(this JsonElement element, string name)
    {
        var value = element.Field(name);
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];
    }

    public static IEnumerable<JsonElement> Objects(this JsonElement element, string name) =>
        element.Items(name).Where(item => item.ValueKind == JsonValueKind.Object);

    public static IReadOnlyList<string> Strings(this JsonElement element, string name) =>
        element.Items(name).Select(AsText).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
}
