using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Steward.Ocds.Validation;

/// <summary>Turns NJsonSchema's validation errors into plain messages with OCDS-style paths.</summary>
internal static partial class SchemaErrors
{
    private const int MaxQuotedLength = 80;

    /// <summary>The innermost errors: the ones that say what is wrong, not where a branch failed.</summary>
    public static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors)
    {
        var seen = new HashSet<(string?, ValidationErrorKind)>();
        foreach (var error in errors.SelectMany(Expand))
        {
            if (seen.Add((error.Path, error.Kind)))
            {
                yield return error;
            }
        }
    }

    /// <summary><c>#/tender.items[0].id</c> → <c>tender/items/0/id</c>, with <paramref name="prefix"/> in front.</summary>
    public static string OcdsPath(string? path, string? prefix)
    {
        var text = (path ?? string.Empty).TrimStart('#').TrimStart('/');
        text = Index().Replace(text, "/$1").Replace('.', '/').TrimStart('/');
        if (string.IsNullOrEmpty(prefix))
        {
            return text;
        }

        return text.Length == 0 ? prefix : $"{prefix}/{text}";
    }

    /// <summary>A plain sentence for one error. Values under a contact point are never quoted.</summary>
    public static string Describe(ValidationError error, string path)
    {
        var field = string.IsNullOrEmpty(error.Property) ? LastSegment(path) : error.Property;
        var quoted = PersonalData.IsUnderContactPoint(path) ? "this value" : Quote(error.Token);
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"`{field}` is required but missing",
            ValidationErrorKind.StringExpected => $"{quoted} should be a string, not {TypeOf(error.Token)}",
            ValidationErrorKind.NumberExpected => $"{quoted} should be a number, not {TypeOf(error.Token)}",
            ValidationErrorKind.IntegerExpected => $"{quoted} should be a whole number, not {TypeOf(error.Token)}",
            ValidationErrorKind.BooleanExpected => $"{quoted} should be true or false, not {TypeOf(error.Token)}",
            ValidationErrorKind.ObjectExpected => $"{quoted} should be an object, not {TypeOf(error.Token)}",
            ValidationErrorKind.ArrayExpected => $"{quoted} should be an array, not {TypeOf(error.Token)}",
            ValidationErrorKind.NullExpected => $"{quoted} should be null",
            ValidationErrorKind.DateTimeExpected =>
                $"{quoted} is not a date-time with a time and an offset, as RFC 3339 requires (e.g. 2024-01-31T09:00:00Z)",
            ValidationErrorKind.UriExpected => $"{quoted} is not a valid URI",
            ValidationErrorKind.EmailExpected => $"{quoted} is not a valid e-mail address",
            ValidationErrorKind.NotInEnumeration => $"{quoted} is not one of the codes this closed codelist allows{Allowed(error.Schema)}",
            ValidationErrorKind.PatternMismatch => $"{quoted} does not match the pattern {error.Schema?.Pattern}",
            ValidationErrorKind.StringTooShort => $"{quoted} is shorter than {error.Schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"{quoted} is longer than {error.Schema?.MaxLength} characters",
            ValidationErrorKind.NumberTooSmall => $"{quoted} is below the minimum {error.Schema?.Minimum}",
            ValidationErrorKind.NumberTooBig => $"{quoted} is above the maximum {error.Schema?.Maximum}",
            ValidationErrorKind.TooFewItems => $"the array has fewer than {error.Schema?.MinItems} items",
            ValidationErrorKind.TooManyItems => $"the array has more than {error.Schema?.MaxItems} items",
            ValidationErrorKind.ItemsNotUnique => "the array has the same item more than once",
            ValidationErrorKind.TooFewProperties => $"the object has fewer than {error.Schema?.MinProperties} fields",
            _ => $"{quoted} breaks the schema ({error.Kind})",
        };
    }

    /// <summary>A stable kebab-case code for an error kind, e.g. <c>schema-property-required</c>.</summary>
    public static string Code(ValidationErrorKind kind)
    {
        var name = kind.ToString();
        var text = new StringBuilder("schema");
        foreach (var c in name)
        {
            if (char.IsUpper(c))
            {
                text.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<ValidationError> Expand(ValidationError error)
    {
        switch (error)
        {
            case MultiTypeValidationError multi:
                // ["string", "null"] and the like: the non-null branches say what was expected.
                var branches = multi.Errors.Where(e => e.Key != JsonObjectType.Null).SelectMany(e => e.Value).ToList();
                return branches.Count == 0 ? [error] : branches.SelectMany(Expand);
            case ChildSchemaValidationError child when child.Errors.Count > 0:
                return child.Errors.Values.SelectMany(e => e).SelectMany(Expand);
            default:
                return [error];
        }
    }

    private static string Quote(JToken? token)
    {
        if (token is null)
        {
            return "this value";
        }

        var text = token.Type switch
        {
            JTokenType.String => $"\"{token.Value<string>()}\"",
            JTokenType.Object => "this object",
            JTokenType.Array => "this array",
            JTokenType.Null => "null",
            _ => token.ToString(Newtonsoft.Json.Formatting.None),
        };
        return text.Length > MaxQuotedLength ? string.Concat(text.AsSpan(0, MaxQuotedLength), "…\"") : text;
    }

    private static string TypeOf(JToken? token) => token?.Type switch
    {
        JTokenType.String => "a string",
        JTokenType.Integer or JTokenType.Float => "a number",
        JTokenType.Boolean => "a boolean",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.Null => "null",
        _ => "something else",
    };

    private static string Allowed(JsonSchema? schema)
    {
        var values = schema?.Enumeration?.Where(v => v is not null).Select(v => v!.ToString()).ToList();
        if (values is null || values.Count == 0)
        {
            return string.Empty;
        }

        return values.Count <= 12 ? $": {string.Join(", ", values)}" : $" ({values.Count} codes)";
    }

    private static string LastSegment(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? path : path[(slash + 1)..];
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Index();
}
