namespace Steward.Web.Pages;

/// <summary>One GOV.UK text input (Pages/Shared/_Input.cshtml): its id and name, label, type, value and error.</summary>
public sealed record InputField(string Id, string Label, string Type = "text", string? Value = null, string? Error = null, string? Hint = null, string? Autocomplete = null)
{
    /// <summary>The input for field <paramref name="id"/> with its error from the page's model state, if any.</summary>
    public static InputField For(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, string id, string label, string type = "text",
        string? value = null, string? hint = null, string? autocomplete = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var error = state.TryGetValue(id, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;
        return new InputField(id, label, type, type == "password" ? null : value, error, hint, autocomplete);
    }
}
