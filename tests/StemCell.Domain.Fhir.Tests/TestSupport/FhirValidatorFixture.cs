using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace StemCell.Domain.Fhir.Tests.TestSupport;

/// <summary>
/// One Firely R4 validator for a test class, offline, on the R4 core profiles of Hl7.Fhir.Specification.Data.R4's
/// specification.zip. Building it and its first call take seconds, so a class shares one through IClassFixture.
/// </summary>
public sealed class FhirValidatorFixture
{
    public FhirValidatorFixture()
    {
        var zip = Path.Combine(AppContext.BaseDirectory, "specification.zip");
        Resolver = new CachedResolver(ZipSource.CreateValidationSource(zip));
        Terminology = LocalTerminologyService.CreateDefaultForCore(Resolver);
        Validator = new Validator(Resolver, Terminology);
    }

    public CachedResolver Resolver { get; }

    public ICodeValidationTerminologyService Terminology { get; }

    public Validator Validator { get; }

    /// <summary>The validator's errors and warnings for a resource, as "severity location: message" lines.</summary>
    public IReadOnlyList<string> Issues(Resource resource)
    {
        var outcome = Validator.Validate(resource);
        return outcome.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal or OperationOutcome.IssueSeverity.Warning)
            .Select(i => $"{i.Severity} {string.Join(",", i.Expression)}: {i.Details?.Text ?? i.Diagnostics}")
            .ToList();
    }

    /// <summary>Whether the SDK's terminology service finds the code of the system in the value set.</summary>
    public bool InValueSet(string valueSetUrl, string system, string code)
    {
        var parameters = new Parameters()
            .Add("url", new FhirUri(valueSetUrl))
            .Add("system", new FhirUri(system))
            .Add("code", new Code(code));
        var result = Terminology.ValueSetValidateCode(parameters, id: null!, useGet: false).GetAwaiter().GetResult();
        return result.GetSingleValue<FhirBoolean>("result")?.Value == true;
    }
}
