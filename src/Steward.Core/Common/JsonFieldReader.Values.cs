using System.Globalization;
using System.Text.Json;

namespace Steward.Core.Common;

/// <summary>The typed reads: each returns null when the field is absent, JSON null (unless required) or in error.</summary>
internal sealed partial class JsonFieldReader
{
    public string? Text(string field, bool required = false)
    {
        if (Value(field, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Fail(field, $"expected a string, found {Describe(value)}");
        return null;
    }

    public bool? Bool(string field, bool required = false) => Value(field, required) switch
    {
        null => null,
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { } value => Wrong<bool>(field, "true or false", value),
    };

    /// <summary>
    /// A number within [<paramref name="min"/>, <paramref name="max"/>] (unbounded by default); <paramref name="whole"/>
    /// demands an integer. A JSON number too large for <see cref="decimal"/> (e.g. <c>1e400</c>) is an error, and so is
    /// a number written as a string (<c>"NaN"</c>, <c>"Infinity"</c>, <c>"10"</c>).
    /// </summary>
    public decimal? Number(string field, decimal? min = null, decimal? max = null, bool whole = false, bool required = false)
    {
        if (Value(field, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return Wrong<decimal>(field, "a number", value);
        }

        if (!value.TryGetDecimal(out var number))
        {
            return Wrong<decimal>(field, "a number within ±7.9e28", value);
        }

        var problem = whole && number != decimal.Truncate(number) ? Invariant($"{number} is not a whole number")
            : number < min ? Invariant($"{number} is below the smallest allowed value, {min}")
            : number > max ? Invariant($"{number} is above the largest allowed value, {max}")
            : null;
        if (problem is null)
        {
            return number;
        }

        Fail(field, problem);
        return null;
    }

    /// <summary>A date written as a string YYYY-MM-DD.</summary>
    public DateOnly? Date(string field, bool required = false)
    {
        var text = Text(field, required);
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

    /// <summary>An enum member by name, ignoring case ("staff" or "Staff"); numbers are refused.</summary>
    public T? Enum<T>(string field, bool required = false)
        where T : struct, Enum
    {
        if (Value(field, required) is not { } value)
        {
            return null;
        }

        var names = System.Enum.GetNames<T>();
        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var match = names.FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        return match is null ? Wrong<T>(field, $"one of {string.Join(", ", names)}", value) : System.Enum.Parse<T>(match);
    }

    /// <summary>The items of an array field, each with its path (<c>lines[0]</c>); empty when absent or (with an error) not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(string field, bool required = false)
    {
        if (Value(field, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(field, $"expected an array, found {Describe(value)}");
            return [];
        }

        var name = Name(field);
        return [.. value.EnumerateArray().Select((item, index) => (item, Invariant($"{name}[{index}]")))];
    }
}
