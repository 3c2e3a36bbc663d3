using System.Globalization;
using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.Suppliers;

/// <summary>
/// Reads typed fields from a JSON object, collecting an <see cref="Error"/> that names the field's path for each
/// value of the wrong type or out of range, and a warning for each field it was not asked for.
/// </summary>
internal sealed class JsonFieldReader
{
    private readonly List<Error> _errors;
    private readonly List<string> _warnings;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public JsonFieldReader(JsonElement element, string path, List<Error> errors, List<string> warnings)
    {
        Element = element;
        Path = path;
        _errors = errors;
        _warnings = warnings;
    }

    public JsonElement Element { get; }

    public string Path { get; }

    public string Name(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    public void Fail(string field, string message) => _errors.Add(new Error("PROFILE_INVALID", $"{Name(field)}: {message}"));

    /// <summary>The property, or null when absent or JSON null.</summary>
    public JsonElement? Get(string field)
    {
        _seen.Add(field);
        return Element.TryGetProperty(field, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;
    }

    public string? Text(string field)
    {
        if (Get(field) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(field, $"expected a string, found {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    public bool? Bool(string field)
    {
        if (Get(field) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(field, $"expected true or false, found {Describe(value)}");
        return null;
    }

    /// <summary>A number within [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="whole"/> demands an integer.</summary>
    public decimal? Number(string field, decimal min = 0m, decimal max = decimal.MaxValue, bool whole = false)
    {
        if (Get(field) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            Fail(field, $"expected a number, found {Describe(value)}");
            return null;
        }

        if (whole && number != decimal.Truncate(number))
        {
            Fail(field, string.Create(CultureInfo.InvariantCulture, $"{number} is not a whole number"));
            return null;
        }

        if (number < min || number > max)
        {
            Fail(field, number < min
                ? string.Create(CultureInfo.InvariantCulture, $"{number} is below the smallest allowed value, {min}")
                : string.Create(CultureInfo.InvariantCulture, $"{number} is above the largest allowed value, {max}"));
            return null;
        }

        return number;
    }

    public DateOnly? Date(string field)
    {
        var text = Text(field);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(field, $"\"{text}\" is not a date written YYYY-MM-DD");
        return null;
    }

    /// <summary>The items of an array field, each with its path; empty when absent.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string field)
    {
        if (Get(field) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, $"expected an array, found {Describe(value)}");
            return [];
        }

        return value.EnumerateArray().Select((item, index) => (item, string.Create(CultureInfo.InvariantCulture, $"{Name(field)}[{index}]"))).ToList();
    }

    /// <summary>A reader for an object at <paramref name="path"/>, or null (with an error) when it is not an object.</summary>
    public JsonFieldReader? Child(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFieldReader(element, path, _errors, _warnings);
        }

        _errors.Add(new Error("PROFILE_INVALID", $"{path}: expected an object, found {Describe(element)}"));
        return null;
    }

    /// <summary>Warns of every property nothing read (a likely typo); call after reading.</summary>
    public void WarnUnread()
    {
        foreach (var property in Element.EnumerateObject().Where(p => !_seen.Contains(p.Name)))
        {
            _warnings.Add($"{Name(property.Name)}: not a profile field; ignored");
        }
    }

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Truncate(value.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number => $"{value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
