using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace StemCell.Domain.Benchmarks;

/// <summary>
/// Peak memory of the Explorer's <c>validate</c> on a generated document of a given size (the issue's target: a 1 GB
/// document under 150 MB). Each size's document (<see cref="SyntheticData.WriteDocument"/>, valid by every rule) is
/// written to a temporary file and checked by the Explorer in a fresh process, the Explorer published from
/// samples/StemCell.Explorer in this program's configuration (or the one <c>--explorer</c> names). Baselines in the
/// same run: the Explorer printing its version, and validating a document of no studies, which the ratios are to.
/// </summary>
/// <remarks>
/// The peak resident set is the child's <c>ru_maxrss</c> as GNU time reports it (<c>/usr/bin/time -f %M</c>), exact
/// whatever the child does; without GNU time it is the child's <c>VmHWM</c> polled every 10 ms, which can miss what
/// the child adds in its last 10 ms.
/// </remarks>
internal static class ExplorerValidateMemory
{
    private const string GnuTime = "/usr/bin/time";
    private static readonly string[] DefaultSizes = ["1GB"];

    internal static int Run(string[] args)
    {
        var sizes = new List<string>();
        string? explorer = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--explorer" when i + 1 < args.Length:
                    explorer = Path.GetFullPath(args[++i]);
                    break;
                case "--size":
                    while (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        sizes.Add(args[++i]);
                    }

                    break;
                default:
                    Console.Error.WriteLine($"memory validate: unknown argument '{args[i]}'; expected [--size SIZE ...] [--explorer StemCell.Explorer.dll]");
                    return 2;
            }
        }

        explorer ??= PublishExplorer();
        Console.WriteLine($"Explorer: {explorer}");
        Console.WriteLine($"Peak resident set: {(File.Exists(GnuTime) ? $"{GnuTime} -f %M (ru_maxrss)" : "VmHWM polled every 10 ms")}");
        Console.WriteLine();

        var rows = new List<Row> { Measure("--version", 0, 0, explorer, "--version") };
        foreach (var size in sizes.Count == 0 ? DefaultSizes : [.. sizes])
        {
            var bytes = ParseSize(size);
            rows.Add(MeasureValidate(size, bytes == 0 ? 0 : SyntheticData.StudiesForSize(bytes), explorer));
        }

        // The baseline: the same command on a document of no studies, unless that was asked for already.
        if (!rows.Any(r => r.Studies == 0 && r.Name != "--version"))
        {
            rows.Insert(1, MeasureValidate("empty", 0, explorer));
        }

        Print(rows);
        return 0;
    }

    /// <summary>Parses <c>1GB</c>, <c>300MB</c>, <c>256MiB</c>, <c>64KB</c> or a number of bytes: decimal units, and binary ones with an <c>i</c>.</summary>
    internal static long ParseSize(string size)
    {
        (string Suffix, long Factor)[] units = [("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)];
        foreach (var (suffix, factor) in units)
        {
            if (size.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return (long)(decimal.Parse(size[..^suffix.Length], NumberStyles.Number, CultureInfo.InvariantCulture) * factor);
            }
        }

        return long.Parse(size, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private static string PublishExplorer()
    {
        var configuration = typeof(ExplorerValidateMemory).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        Console.WriteLine($"Publishing the Explorer ({configuration})...");
        var folder = AppPublisher.Publish(
            Path.Combine("samples", "StemCell.Explorer", "StemCell.Explorer.csproj"), $"explorer-{configuration.ToLowerInvariant()}", configuration);
        var dll = Path.Combine(folder, "StemCell.Explorer.dll");
        return File.Exists(dll) ? dll : throw new InvalidOperationException($"The Explorer's publication made no {dll}.");
    }

    private static Row MeasureValidate(string name, int studies, string explorer)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stemcell-validate-{Environment.ProcessId}-{studies}.json");
        try
        {
            var length = SyntheticData.WriteDocument(path, studies);
            return Measure(name, studies, length, explorer, "validate", path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Row Measure(string name, int studies, long length, string explorer, params string[] arguments)
    {
        var useTime = File.Exists(GnuTime);
        var timeReport = useTime ? Path.GetTempFileName() : null;
        var start = new ProcessStartInfo(useTime ? GnuTime : AppPublisher.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (timeReport is not null)
        {
            foreach (var argument in new[] { "-f", "%M", "-o", timeReport, AppPublisher.DotnetHost() })
            {
                start.ArgumentList.Add(argument);
            }
        }

        start.ArgumentList.Add(explorer);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            var stopwatch = Stopwatch.StartNew();
            using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
            var output = child.StandardOutput.ReadToEndAsync();
            var error = child.StandardError.ReadToEndAsync();
            long polled = 0;
            while (!child.WaitForExit(10))
            {
                polled = Math.Max(polled, HighWaterMark(child.Id));
            }

            child.WaitForExit();
            stopwatch.Stop();
            var peak = timeReport is null ? polled : 1024 * long.Parse(File.ReadAllLines(timeReport).Last(l => l.Length > 0), CultureInfo.InvariantCulture);
            var said = $"{output.GetAwaiter().GetResult()}\n{error.GetAwaiter().GetResult()}"
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .FirstOrDefault(l => !l.StartsWith("Command exited", StringComparison.Ordinal)) ?? "";
            return new Row(name, studies, length, child.ExitCode, stopwatch.Elapsed, peak, said.Replace(Path.GetTempPath(), "", StringComparison.Ordinal));
        }
        finally
        {
            if (timeReport is not null)
            {
                File.Delete(timeReport);
            }
        }
    }

    /// <summary>A process's peak resident set so far (<c>VmHWM</c>), or 0 once it has gone.</summary>
    private static long HighWaterMark(int processId)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return 1024 * long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    private static void Print(List<Row> rows)
    {
        var baseline = rows.First(r => r.Name != "--version");
        Console.WriteLine("| Run | Studies | Document | Exit | Elapsed | Peak resident set | Ratio to no studies | First line the Explorer wrote |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in rows)
        {
            var document = r.Name == "--version" ? "-" : $"{r.Length / 1_000_000d:F1} MB";
            var command = r.Name == "--version" ? "`--version`" : $"`validate` {r.Name}";
            var said = r.Said.Length > 110 ? r.Said[..110] + "…" : r.Said;
            Console.WriteLine(
                $"| {command} | {r.Studies:N0} | {document} | {r.ExitCode} | {r.Elapsed.TotalSeconds:F2} s | {r.PeakBytes / 1024d / 1024d:F1} MB | {(double)r.PeakBytes / baseline.PeakBytes:F2} | {said.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }
    }

    private sealed record Row(string Name, int Studies, long Length, int ExitCode, TimeSpan Elapsed, long PeakBytes, string Said);
}
