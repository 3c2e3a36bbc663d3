using System.Globalization;
using System.Text.Json;

namespace Steward.Core.Common;

/// <summary>
/// Reads typed fields from one JSON object and adds an <see cref="Error"/> for every problem to a list shared with the
/// readers of its nested objects, each message naming the field's JSON path (<c>lines[1].amount: expected a number,
/// found "ten"</c>). Reading never stops: a field in error reads as null, so a caller can read to the end and report
/// every problem, in the order read. An absent or JSON-null field reads as null; a <c>required</c> field that is absent
/// is an error (<c>missing; it is required</c>), and one that is null is a value of the wrong type. Unknown properties
/// are either refused up front (<see cref="Only"/>) or listed after reading (<see cref="Unread"/>).
/// The typed reads are in JsonFieldReader.Values.cs.
/// </summary>
internal sealed partial class JsonFieldReader
{
    private readonly string _code;
    private readonly List<Error> _errors;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// A reader for the object <paramref name="element"/> at the root of a document, adding each problem to
    /// <paramref name="errors"/> with the code <paramref name="code"/>.
    /// </summary>
    public JsonFieldReader(JsonElement element, string code, List<Error> errors)
        : this(element, string.Empty, code, errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"The root must be a JSON object, not {element.ValueKind}; check it first (or use Root).", nameof(element));
        }
    }

    private JsonFieldReader(JsonElement element, string path, string code, List<Error> errors)
    {
        Element = element;
        Path = path;
        _code = code;
        _errors = errors;
    }

    public JsonElement Element { get; }

    /// <summary>The JSON path of this object; empty at the root.</summary>
    public string Path { get; }

    /// <summary>A reader for the root of a document, or null (with the error <c>$: expected an object, ...</c>).</summary>
    public static JsonFieldReader? Root(JsonElement element, string code, List<Error> errors) =>
        Open(element, string.Empty, code, errors);

    /// <summary>The JSON path of <paramref name="field"/> in this object.</summary>
    public string Name(string field) => Path.Length == 0 ? field : $"{Path}.{field}";

    /// <summary>Adds a problem with <paramref name="field"/> of this object.</summary>
    public void Fail(string field, string problem) => FailAt(Name(field), problem);

    /// <summary>Adds a problem at a full JSON <paramref name="path"/> (e.g. an array item).</summary>
    public void FailAt(string path, string problem) => _errors.Add(new Error(_code, $"{path}: {problem}"));

    /// <summary>The property, or null when absent or JSON null.</summary>
    public JsonElement? Get(string field) => Value(field, required: false);

    /// <summary>Refuses every property not in <paramref name="known"/>, one error each; returns this reader.</summary>
    public JsonFieldReader Only(params string[] known)
    {
        foreach (var property in Element.EnumerateObject().Where(p => !known.Contains(p.Name, StringComparer.Ordinal)))
        {
            Fail(property.Name, $"unknown property; expected one of {string.Join(", ", known)}");
        }

        return this;
    }

    /// <summary>The paths of every property nothing has read yet (a likely typo); call after reading.</summary>
    public IReadOnlyList<string> Unread() =>
        [.. Element.EnumerateObject().Where(p => !_seen.Contains(p.Name)).Select(p => Name(p.Name))];

    /// <summary>A reader for the object field <paramref name="field"/>, or null when absent or (with an error) not an object.</summary>
    public JsonFieldReader? Object(string field, bool required = false) =>
        Value(field, required) is { } value ? Child(value, Name(field)) : null;

    /// <summary>
    /// A reader for each item of the array field <paramref name="field"/>, refusing properties not in
    /// <paramref name="known"/> when given; an item that is not an object is an error and skipped. Items are opened as
    /// they are enumerated, so enumerate once.
    /// </summary>
    public IEnumerable<JsonFieldReader> Objects(string field, bool required = false, params string[] known) =>
        Array(field, required)
            .Select(item => Child(item.Item, item.Path))
            .OfType<JsonFieldReader>()
            .Select(reader => known.Length == 0 ? reader : reader.Only(known));

    /// <summary>A reader for <paramref name="element"/> at <paramref name="path"/>, or null (with an error) when it is not an object.</summary>
    public JsonFieldReader? Child(JsonElement element, string path) => Open(element, path, _code, _errors);

    /// <summary>A value for a message: a string quoted (cut at 40 characters), a number or boolean as written.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Truncate(value.GetString() ?? string.Empty)}\"",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => Truncate(value.GetRawText()),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>
    /// The property; null when absent (an error when <paramref name="required"/>) or when JSON null and not required.
    /// A required field that is JSON null is returned, for the typed read to report as the wrong type.
    /// </summary>
    private JsonElement? Value(string field, bool required)
    {
        _seen.Add(field);
        if (!Element.TryGetProperty(field, out var value))
        {
            if (required)
            {
                Fail(field, "missing; it is required");
            }

            return null;
        }

        return value.ValueKind == JsonValueKind.Null && !required ? null : value;
    }

    private static JsonFieldReader? Open(JsonElement element, string path, string code, List<Error> errors)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonFieldReader(element, path, code, errors);
        }

        errors.Add(new Error(code, $"{(path.Length == 0 ? "$" : path)}: expected an object, found {Describe(element)}"));
        return null;
    }

    private T? Wrong<T>(string field, string expected, JsonElement found)
        where T : struct
    {
        Fail(field, $"expected {expected}, found {Describe(found)}");
        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
