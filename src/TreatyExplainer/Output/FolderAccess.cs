using System.Runtime.InteropServices;

namespace TreatyExplainer.Output;

/// <summary>Asks the kernel whether this process may write into a folder, honouring permissions, ACLs and read-only mounts.</summary>
public static class FolderAccess
{
    private const int WriteOk = 2;
    private const int PermissionDenied = 13;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>False only when the kernel says no; where it cannot be asked, the write itself will tell.</summary>
    public static bool MayWrite(string folder)
    {
        if (OperatingSystem.IsWindows()) return true;
        try
        {
            return Access(folder, WriteOk) == 0 || Marshal.GetLastPInvokeError() is not (PermissionDenied or ReadOnlyFileSystem);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "access", SetLastError = true)]
    private static extern int Access(string path, int mode);
}
