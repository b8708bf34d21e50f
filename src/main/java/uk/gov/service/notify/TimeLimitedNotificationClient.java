package uk.gov.service.notify;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;

/**
 * GOV.UK Notify's own client with time limits on its connections. The client opens them without any, so a Notify
 * that stops answering would hold a job thread, and its lock, for ever; its one place to set them is
 * package-private, hence this class in the client's package.
 */
public class TimeLimitedNotificationClient extends NotificationClient {

    private final int connectMillis;
    private final int readMillis;

    public TimeLimitedNotificationClient(String apiKey, String baseUrl, Duration connectTimeout, Duration readTimeout) {
        super(apiKey, baseUrl);
        this.connectMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    HttpURLConnection getConnection(URL url) throws IOException {
        HttpURLConnection connection = super.getConnection(url);
        connection.setConnectTimeout(connectMillis);
        connection.setReadTimeout(readMillis);
        return connection;
    }
}
