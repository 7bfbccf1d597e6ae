package org.transdesk.security.internal;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.transdesk.security.ui.LoginView;

/**
 * Vaadin's security defaults plus method security, so every service checks roles itself, and:
 * <ul>
 *   <li>CSRF protection on the sign-in form too: Vaadin's configurer exempts it (a forged POST /login
 *       signed the victim in as the attacker); Vaadin's login form sends the token from the page's
 *       {@code _csrf} meta tag. Vaadin's own requests keep their exemption: they carry Vaadin's token.</li>
 *   <li>Password sign-in throttled per account and client address ({@link LoginThrottle}); a locked
 *       sign-in returns to the login view with {@code ?locked}, which says so.</li>
 *   <li>Sessions stamped at sign-in and ended when their account changes ({@link SessionGuard}).</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** Only in the web app: Vaadin's configurer needs a servlet context, which the command line has not. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain vaadinFilterChain(HttpSecurity http, RequestUtil vaadinRequests, SessionGuard sessions) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/actuator/health").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.sessionManagement(session -> session.addSessionAuthenticationStrategy(sessions));
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        // anyRequest authenticated (Vaadin's default denies it): a signed-in user's mistyped address reaches the
        // app's "page not found" view instead of the browser's bare HTTP 403; a signed-out one is sent to sign in
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        // after Vaadin's configurer, so that it sets the login view first (else Spring's generated login page
        // is served), and on the built filter, so that Vaadin's "?error" failure URL does not replace it
        http.formLogin(form -> form.withObjectPostProcessor(new ObjectPostProcessor<UsernamePasswordAuthenticationFilter>() {
            @Override
            public <O extends UsernamePasswordAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(failures);
                return filter;
            }
        }));
        return http.build();
    }

    /** Passwords checked against the database, behind the sign-in throttle. */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** bcrypt by default; also accepts {id}-prefixed hashes from configuration. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * How a session ends in the browser. A browser whose cookies were cleared (or whose session ended)
     * goes to the sign-in page: Vaadin's default answers its next request with a "Cookies disabled"
     * notice that leads nowhere. And when Vaadin closes a session (idle longer than
     * {@code server.servlet.session.timeout}, counted from user actions since {@code vaadin.closeIdleSessions}),
     * the HTTP session and its sign-in end with it: the open tab's heartbeats kept it alive otherwise.
     */
    @Bean
    VaadinServiceInitListener sessionEnd() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setCookiesDisabledNotificationEnabled(false);
        messages.setSessionExpiredNotificationEnabled(false);
        return event -> {
            event.getSource().setSystemMessagesProvider(info -> messages);
            event.getSource().addSessionDestroyListener(destroyed -> {
                var http = destroyed.getSession().getSession();
                if (http != null) {
                    try {
                        http.invalidate();
                    } catch (IllegalStateException alreadyEnded) {
                        // the HTTP session ending is what closed the Vaadin session
                    }
                }
            });
        };
    }
}
