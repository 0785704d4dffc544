using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

/// <summary>The files under TestData/, which TestData/README.md describes.</summary>
internal static class TestFiles
{
    internal static string PathOf(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", relativePath);

    internal static FileStream Open(string relativePath) => File.OpenRead(PathOf(relativePath));

    internal static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    /// <summary>A stream that gives at most one byte per read and cannot seek, as a slow network stream does.</summary>
    internal sealed class Trickle(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
