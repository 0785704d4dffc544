namespace StemCell.Domain.Fhir.Tests;

/// <summary>The test data files; TestData/README.md says what each is and where it comes from.</summary>
internal static class TestFiles
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    public static string Read(string name) => File.ReadAllText(Path(name));
}
