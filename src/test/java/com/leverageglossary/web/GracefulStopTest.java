package com.leverageglossary.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.leverageglossary.App;
import com.leverageglossary.testing.Fixtures;
import com.leverageglossary.testing.RunningSite;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, defect 8: stopping closes idle keep-alive connections at once instead of waiting out the stop timeout. */
class GracefulStopTest {
    @TempDir
    Path dir;

    @Test
    void idleKeepAliveConnectionsDoNotHoldUpAStop() throws Exception {
        RunningSite site = RunningSite.serve(App.load(Fixtures.copyOfValid(dir).root()));
        URI base = URI.create(site.baseUrl());
        List<Socket> idle = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(10_000);
            send(socket, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(readHead(socket.getInputStream())).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Connection: close");
            idle.add(socket);
        }

        long started = System.nanoTime();
        site.close();
        long stopMillis = (System.nanoTime() - started) / 1_000_000;

        // The stop timeout is 10 s; a stop that waited for idle keep-alive clients would take all of it.
        assertThat(stopMillis).isLessThan(5_000);
        for (Socket socket : idle) {
            assertThat(socket.getInputStream().read()).as("the server closed the idle connection").isEqualTo(-1);
            socket.close();
        }
    }

    private static void send(Socket socket, String request) throws Exception {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Reads the status line and headers, then the body by Content-Length, leaving the connection open. */
    private static String readHead(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        String text = head.toString();
        int length = Integer.parseInt(text.replaceFirst("(?s).*Content-Length: (\\d+).*", "$1"));
        in.readNBytes(length);
        return text;
    }
}
