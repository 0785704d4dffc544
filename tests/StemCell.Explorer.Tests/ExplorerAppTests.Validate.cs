using System.Text;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// <c>validate</c>: one line and exit 0 for a valid dataset; otherwise exit 1 and one line per problem on standard
/// error, each naming the file and, for the document's own problems, the JSON path and line, with no stack trace.
/// </summary>
public partial class ExplorerAppTests
{
    [Fact]
    public void Validate_TheExportedSample_Exits0WithOneLine()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("sample.json", Cli.Run("export").Succeeded().Output);

        var result = Cli.Run("validate", path).Succeeded();

        Assert.Equal($"{path}: valid dataset (47 sources, 44 studies)\n", result.Output);
    }

    [Fact]
    public async Task Validate_APipe_IsReadOnceAndChecked()
    {
        // A named pipe cannot seek, as a shell's <(…) cannot: the file is streamed once.
        using var directory = new TempDirectory();
        var pipe = Path.Combine(directory.Path, "sample.pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", pipe))
        {
            mkfifo.WaitForExit();
        }

        var document = System.Text.Encoding.UTF8.GetBytes(Cli.Run("export").Succeeded().Output);
        var writer = Task.Run(() => File.WriteAllBytes(pipe, document));

        var result = Cli.Run("validate", pipe).Succeeded();
        await writer;

        Assert.Equal($"{pipe}: valid dataset (47 sources, 44 studies)\n", result.Output);
    }

    [Fact]
    public void Validate_AnEmptyDataset_Exits0()
    {
        var path = RepositoryFiles.TestData("empty-dataset.json");

        var result = Cli.Run("validate", path).Succeeded();

        Assert.Equal($"{path}: valid dataset (0 sources, 0 studies)\n", result.Output);
    }

    [Fact]
    public void Validate_WithAByteOrderMark_Exits0()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("bom.json", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Cli.Run("export").Output)]);

        Cli.Run("validate", path).Succeeded();
    }

    [Theory]
    [InlineData(100)]
    [InlineData(3000)]
    [InlineData(9000)]
    public void Validate_ATruncatedCopy_Exits1WithThePathAndLine(int length)
    {
        using var directory = new TempDirectory();
        var exported = Encoding.UTF8.GetBytes(Cli.Run("export").Output);
        var path = directory.Write("truncated.json", exported[..length]);

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Matches(@$"^{System.Text.RegularExpressions.Regex.Escape(path)}: \$\.\S+: .* \(line \d+, position \d+\)$", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Validate_InvalidValues_Exits1WithOneLinePerProblem()
    {
        var path = RepositoryFiles.TestData("invalid-values.json");

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Equal(
            [
                $"{path}: $.studies[0].courses[0]: 'sporadic-als' is a course of amyotrophic-lateral-sclerosis, not of the study's disease, multiple-sclerosis. (line 89)",
                $"{path}: $.studies[1].id: The study id 'cambridge-msc-rrms-2023' is already used by studies[0]; ids must be unique. (line 144)",
                $"{path}: $.studies[2].sourceIds[0]: 'no-such-source' is not the id of a source in this dataset. (line 293)",
            ],
            result.ErrorLines);
    }

    [Fact]
    public void Validate_AnUnsupportedVersion_Exits1NamingTheVersion()
    {
        var path = RepositoryFiles.TestData("unsupported-version.json");

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Equal($"{path}: $.formatVersion: The format version '2.0' is not supported: this reader supports 1.x. (line 2)", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("empty.json", "", "$: the file is empty")]
    [InlineData("blank.json", " \n\t\r\n", "$: the file is empty")]
    [InlineData("null.json", "null", "$: Expected a dataset as a JSON object, but found null.")]
    [InlineData("array.json", "[]", "$: ")]
    [InlineData("text.txt", "Stem cells are great.", "$: ")]
    [InlineData("unknown.json", "{\"formatVersion\": \"1.0\", \"sources\": [], \"studies\": [], \"colour\": 1}", "$.colour: ")]
    [InlineData("wrong-type.json", "{\"formatVersion\": \"1.0\", \"sources\": {}, \"studies\": []}", "$.sources: ")]
    public void Validate_NotADataset_Exits1WithOneLine(string name, string content, string expected)
    {
        using var directory = new TempDirectory();
        var path = directory.Write(name, content);

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.StartsWith($"{path}: {expected}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ABinaryFile_Exits1SayingItIsNotText()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Equal($"{path}: $: not a text file (byte 9 is a NUL byte); a dataset document is UTF-8 JSON", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("{\"formatVersion\": \"1.0\", \"sources\": [{\"id\": \"a\", \"title\": \"\u00e9\"}], \"studies\": []}", "$.sources[0].title: ")]
    [InlineData("{\"formatVersion\": \"1.0\", \"sources\": [], \"studies\": [], \"\u00e9\": 1}", "$")]
    [InlineData("{\"formatVersion\": \"\u00e9\"}", "$")]
    public void Validate_Latin1Text_Exits1WithOneLine(string json, string expected)
    {
        using var directory = new TempDirectory();
        var path = directory.Write("latin1.json", Encoding.Latin1.GetBytes(json));

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.StartsWith($"{path}: {expected}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Utf16_Exits1SayingSo()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("utf16.json", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{}")).ToArray());

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Equal($"{path}: $: the file is UTF-16 text; a dataset document is UTF-8 JSON", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Validate_AMissingFile_Exits1WithOneLine()
    {
        using var directory = new TempDirectory();
        var path = directory.File("missing.json");

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.Equal($"{path}: no such file", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Validate_ADirectory_Exits1WithOneLine()
    {
        using var directory = new TempDirectory();

        var result = Cli.Run("validate", directory.Path).Failed(ExitCodes.Failure);

        Assert.Equal($"{directory.Path}: is a directory, not a dataset file", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void Validate_AFileThatCannotBeRead_Exits1WithOneLine()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            // Windows has no Unix modes, and root reads any file whatever its mode.
            return;
        }

        using var directory = new TempDirectory();
        var path = directory.Write("locked.json", "{}");
        File.SetUnixFileMode(path, UnixFileMode.None);

        var result = Cli.Run("validate", path).Failed(ExitCodes.Failure);

        Assert.StartsWith($"{path}: cannot read the file: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
