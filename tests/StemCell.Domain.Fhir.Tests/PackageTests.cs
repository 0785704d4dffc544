using StemCell.Domain.Model;

namespace StemCell.Domain.Fhir.Tests;

public sealed class PackageTests
{
    [Fact]
    public void CorePackage_TakesNoFhirDependency()
    {
        var references = typeof(Study).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.DoesNotContain(references, name => name!.StartsWith("Hl7.", StringComparison.Ordinal) || name.StartsWith("Firely.", StringComparison.Ordinal));
    }

    [Fact]
    public void FhirPackage_IsBuiltOnTheFirelyR4Model()
    {
        var references = typeof(FhirExporter).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.Contains("Hl7.Fhir.R4", references);
    }
}
