# Debian packages (CPack DEB, one package per install component):
#   coworking-server  server and runner, systemd units, /etc/coworking/coworking.ini (conffile),
#                     the coworking system user and /var/lib/coworking (maintainer scripts)
#   coworking-desk    the operators' desktop: .desktop file, AppStream metainfo, icons
# `cpack -G DEB` in a build tree (scripts/package.sh) writes them to <build>/packages; the
# translations are compiled into the desk. Files under /usr/share/doc and the man pages are
# compressed here, as Debian policy wants, with gzip -9n so that packages are reproducible.

set(pkg_dir ${PROJECT_SOURCE_DIR}/packaging)
set(pkg_gen ${PROJECT_BINARY_DIR}/packaging)
include(GNUInstallDirs)

find_program(GZIP_PROGRAM gzip REQUIRED)
# configure_file (for @PROJECT_VERSION@), then gzip -9n into pkg_gen; returns the .gz paths.
function(coworking_gzipped out_var)
    set(outputs "")
    foreach(source IN LISTS ARGN)
        cmake_path(GET source FILENAME name)
        configure_file(${source} ${pkg_gen}/${name} @ONLY)
        add_custom_command(OUTPUT ${pkg_gen}/${name}.gz
            COMMAND ${GZIP_PROGRAM} -9nf -k ${pkg_gen}/${name}
            DEPENDS ${pkg_gen}/${name} ${source} VERBATIM)
        list(APPEND outputs ${pkg_gen}/${name}.gz)
    endforeach()
    set(${out_var} ${outputs} PARENT_SCOPE)
endfunction()

configure_file(${pkg_dir}/debian/changelog ${pkg_gen}/changelog.Debian @ONLY)
add_custom_command(OUTPUT ${pkg_gen}/changelog.Debian.gz
    COMMAND ${GZIP_PROGRAM} -9nf -k ${pkg_gen}/changelog.Debian
    DEPENDS ${pkg_gen}/changelog.Debian ${pkg_dir}/debian/changelog VERBATIM)
coworking_gzipped(server_man ${pkg_dir}/man/coworking-server.1 ${pkg_dir}/man/coworking-runner.1)
set(package_files ${pkg_gen}/changelog.Debian.gz ${server_man})

# ---- coworking-server
install(TARGETS coworking-server coworking-runner RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        COMPONENT server)
install(FILES ${pkg_dir}/systemd/coworking-server.service ${pkg_dir}/systemd/coworking-runner.service
        DESTINATION lib/systemd/system COMPONENT server)
install(FILES ${pkg_dir}/debian/coworking.ini DESTINATION /etc/coworking COMPONENT server)
install(FILES ${pkg_dir}/debian/server/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME coworking-server COMPONENT server)
install(FILES ${server_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
install(FILES ${pkg_dir}/debian/copyright ${pkg_gen}/changelog.Debian.gz
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/coworking-server COMPONENT server)
install(FILES ${pkg_dir}/nginx/coworking.conf
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/coworking-server/examples/nginx COMPONENT server)
install(FILES ${pkg_dir}/prometheus/coworking.yml ${pkg_dir}/prometheus/alerts.yml
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/coworking-server/examples/prometheus
        COMPONENT server)

# ---- coworking-desk
if(COWORKING_BUILD_GUI)
    coworking_gzipped(desk_man ${pkg_dir}/man/coworking-desk.1)
    list(APPEND package_files ${desk_man})
    configure_file(${pkg_dir}/debian/desk/org.coworking_booking.desk.metainfo.xml
                   ${pkg_gen}/org.coworking_booking.desk.metainfo.xml @ONLY)
    install(TARGETS coworking-desk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desk)
    install(FILES ${pkg_dir}/debian/desk/org.coworking_booking.desk.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desk)
    install(FILES ${pkg_gen}/org.coworking_booking.desk.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desk)
    foreach(size 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/coworking-desk.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                COMPONENT desk)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/coworking-desk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT desk)
    install(FILES ${desk_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desk)
    install(FILES ${pkg_dir}/debian/desk/lintian-overrides
            DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME coworking-desk
            COMPONENT desk)
    install(FILES ${pkg_dir}/debian/copyright ${pkg_gen}/changelog.Debian.gz
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/coworking-desk COMPONENT desk)
endif()
add_custom_target(package-files ALL DEPENDS ${package_files})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME coworking)
set(CPACK_PACKAGE_VENDOR "Coworking Team")
set(CPACK_PACKAGE_CONTACT "Coworking Team <packages@coworking-booking.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server)
if(COWORKING_BUILD_GUI)
    list(APPEND CPACK_COMPONENTS_ALL desk)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Coworking Team <packages@coworking-booking.org>")
# Directories that other packages own (/usr, /etc, ...) are not listed as ours.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME coworking-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Qt's SQL drivers are plugins, loaded at run time: dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql, nginx, prometheus")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "coworking booking system: REST API server and background runner
 coworking-server answers the REST API of the coworking booking system (with
 its OpenAPI document and Swagger UI), live availability over WebSockets, a
 health check and Prometheus metrics, on SQLite or PostgreSQL.
 coworking-runner delivers notifications and pushes, expires bookings, sends
 reminders and releases no-shows. Both run as systemd units under their own
 system user.")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${pkg_dir}/debian/server/postinst ${pkg_dir}/debian/server/prerm
    ${pkg_dir}/debian/server/postrm ${pkg_dir}/debian/server/conffiles)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_DESK_PACKAGE_NAME coworking-desk)
set(CPACK_DEBIAN_DESK_PACKAGE_SECTION misc)
# The platform plugins (xcb, offscreen) and the SQLite driver of --embedded are plugins too.
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_COMPONENT_DESK_DESCRIPTION
    "coworking booking system: operators' desktop and front-desk kiosk
 coworking-desk is where the owners, managers and administrators of a
 coworking see its floor live, book, move and check people in, draw the floor
 plan, set the rules and read reports. It can run the whole server inside
 itself for a one-PC site, and turn a touch screen into a self-service kiosk.")

include(CPack)
