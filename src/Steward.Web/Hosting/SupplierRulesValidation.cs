using Microsoft.Extensions.Options;
using Steward.Web.Register;

namespace Steward.Web.Hosting;

/// <summary>Refuses to start with a rules file that cannot be read, naming the file and field.</summary>
public sealed class SupplierRulesValidation : IValidateOptions<PortalOptions>
{
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SupplierRulesFile.Read(options.SupplierRules).Error is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
    }
}
