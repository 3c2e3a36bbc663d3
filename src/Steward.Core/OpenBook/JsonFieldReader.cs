using System.Globalization;
using System.Text.Json;
using Steward.Core.Common;

namespace Steward.Core.OpenBook;

/// <summary>
/// Strict reads of JSON fields that keep the first problem, named by its JSON path (e.g. <c>lines[1].amount</c>).
/// After the first problem every read returns a default, so a reader can run to its end and then check
/// <see cref="Error"/>.
/// </summary>
internal sealed class JsonFieldReader
{
    public Error? Error { get; private set; }

    public static string Path(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    /// <summary>Requires <paramref name="element"/> to be an object holding only <paramref name="allowed"/> properties.</summary>
    public bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (Error is not null)
        {
            return false;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(path.Length == 0 ? "$" : path, "an object", element);
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Error = new("OPEN_BOOK_JSON", $"{Path(path, property.Name)}: unknown property; expected one of {string.Join(", ", allowed)}.");
                return false;
            }
        }

        return true;
    }

    public string String(JsonElement parent, string path, string name) => OptionalString(parent, path, name, required: true) ?? string.Empty;

    public string? OptionalString(JsonElement parent, string path, string name, bool required = false)
    {
        var field = Path(path, name);
        return Get(parent, field, name, required) is not { } value ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : Failed<string>(field, "a string", value);
    }

    public decimal Decimal(JsonElement parent, string path, string name) => OptionalDecimal(parent, path, name, required: true) ?? 0m;

    public decimal? OptionalDecimal(JsonElement parent, string path, string name, bool required = false)
    {
        var field = Path(path, name);
        if (Get(parent, field, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return Failed<decimal>(field, "a number", value);
        }

        return value.TryGetDecimal(out var number) ? number : Failed<decimal>(field, "a number within ±7.9e28", value);
    }

    public bool Boolean(JsonElement parent, string path, string name)
    {
        var field = Path(path, name);
        if (Get(parent, field, name, required: false) is not { } value)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Failed<bool>(field, "true or false", value),
        };
    }

    public DateOnly Date(JsonElement parent, string path, string name) => OptionalDate(parent, path, name, required: true) ?? default;

    public DateOnly? OptionalDate(JsonElement parent, string path, string name, bool required = false)
    {
        var field = Path(path, name);
        if (Get(parent, field, name, required) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
               && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Failed<DateOnly>(field, "a date as yyyy-MM-dd", value);
    }

    /// <summary>An enum member by name, ignoring case ("staff" or "Staff"); numbers are refused.</summary>
    public T Enum<T>(JsonElement parent, string path, string name)
        where T : struct, Enum
    {
        var field = Path(path, name);
        if (Get(parent, field, name, required: true) is not { } value)
        {
            return default;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var match = System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is null
            ? Failed<T>(field, $"one of {string.Join(", ", System.Enum.GetNames<T>())}", value)
            : System.Enum.Parse<T>(match);
    }

    /// <summary>The items of an array field, each with its path; empty (and an error) when it is not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement parent, string path, string name, bool required = true)
    {
        var field = Path(path, name);
        if (Get(parent, field, name, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, "an array", value);
            return [];
        }

        return value.EnumerateArray().Select((item, i) => (item, $"{field}[{i}]")).ToList();
    }

    private JsonElement? Get(JsonElement parent, string field, string name, bool required)
    {
        if (Error is not null)
        {
            return null;
        }

        if (!parent.TryGetProperty(name, out var value) || (value.ValueKind == JsonValueKind.Null && !required))
        {
            if (required)
            {
                Error = new("OPEN_BOOK_JSON", $"{field}: missing; it is required.");
            }

            return null;
        }

        return value;
    }

    private T? Failed<T>(string field, string expected, JsonElement found)
    {
        Fail(field, expected, found);
        return default;
    }

    private bool Fail(string field, string expected, JsonElement found)
    {
        Error ??= new("OPEN_BOOK_JSON", $"{field}: expected {expected}, found {Describe(found)}.");
        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Undefined => "nothing",
        _ => Shorten(value.GetRawText()),
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
